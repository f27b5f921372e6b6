using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LicensingApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "licence_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    specialty = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    licence_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    conditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    quantity_limit = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    statutory_days = table.Column<int>(type: "integer", nullable: false),
                    promised_days = table.Column<int>(type: "integer", nullable: false),
                    fees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    commitment_allowed = table.Column<bool>(type: "boolean", nullable: false),
                    commitment_obligations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    site_check_required = table.Column<bool>(type: "boolean", nullable: false),
                    allow_rongque = table.Column<bool>(type: "boolean", nullable: false),
                    rongque_due_days = table.Column<int>(type: "integer", nullable: false),
                    validity_years = table.Column<int>(type: "integer", nullable: true),
                    accepting_unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approving_unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    service_channel = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    materials_json = table.Column<string>(type: "text", nullable: false),
                    steps_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licence_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_licence_items__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    holder_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    licence_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    granted_on_commitment = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    history_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licences", x => x.id);
                    table.ForeignKey(
                        name: "fk_licences__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_licences_regulated_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "regulated_entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "licence_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    query_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    online = table.Column<bool>(type: "boolean", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    item_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    licence_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    statutory_days = table.Column<int>(type: "integer", nullable: false),
                    promised_days = table.Column<int>(type: "integer", nullable: false),
                    site_check_required = table.Column<bool>(type: "boolean", nullable: false),
                    validity_years = table.Column<int>(type: "integer", nullable: true),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applicant_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    contact_person = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    licence_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    deficiency_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deemed_accepted = table.Column<bool>(type: "boolean", nullable: false),
                    intake_refusal_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    intake_refusal = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    right_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    rongque_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rongque_supplied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    site_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    site_check_findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reviewer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    review_opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    extended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    extension_approved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    hearing_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_presider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    legal_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    promised_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2400)", maxLength: 2400, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    granted_on_commitment = table.Column<bool>(type: "boolean", nullable: false),
                    commitment_text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    deemed_renewal = table.Column<bool>(type: "boolean", nullable: false),
                    certificate_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_served_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_service_note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    clerk_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    rating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    rating_comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    materials_json = table.Column<string>(type: "text", nullable: false),
                    deficiencies_json = table.Column<string>(type: "text", nullable: false),
                    pauses_json = table.Column<string>(type: "text", nullable: false),
                    site_check_staff_json = table.Column<string>(type: "text", nullable: false),
                    history_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licence_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_licence_applications__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_licence_applications_licence_items_item_id",
                        column: x => x.item_id,
                        principalTable: "licence_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_licence_applications_licences_licence_id",
                        column: x => x.licence_id,
                        principalTable: "licences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_item_id",
                table: "licence_applications",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_licence_id",
                table: "licence_applications",
                column: "licence_id");

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_number_query_code",
                table: "licence_applications",
                columns: new[] { "number", "query_code" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_organization_id_item_id",
                table: "licence_applications",
                columns: new[] { "organization_id", "item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_organization_id_number",
                table: "licence_applications",
                columns: new[] { "organization_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_organization_id_status_received_on",
                table: "licence_applications",
                columns: new[] { "organization_id", "status", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_items_organization_id_code",
                table: "licence_items",
                columns: new[] { "organization_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licences_entity_id",
                table: "licences",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_licences_organization_id_entity_id_licence_type",
                table: "licences",
                columns: new[] { "organization_id", "entity_id", "licence_type" });

            migrationBuilder.CreateIndex(
                name: "ix_licences_organization_id_number",
                table: "licences",
                columns: new[] { "organization_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licences_organization_id_status_valid_until",
                table: "licences",
                columns: new[] { "organization_id", "status", "valid_until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "licence_applications");

            migrationBuilder.DropTable(
                name: "licence_items");

            migrationBuilder.DropTable(
                name: "licences");
        }
    }
}
