using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfficerCodes : Migration
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
                name: "officer_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    replaced_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_codes", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_codes__officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_officer_codes_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_confirmations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scanned_officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officers_json = table.Column<string>(type: "text", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rating_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    satisfaction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    credentials_shown = table.Column<bool>(type: "boolean", nullable: true),
                    asked_beyond_law = table.Column<bool>(type: "boolean", nullable: true),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rated_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_confirmations", x => x.id);
                    table.ForeignKey(
                        name: "fk_visit_confirmations_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visit_confirmations_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    confirmation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    handler_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    handler_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_visit_complaints_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visit_complaints_visit_confirmations_confirmation_id",
                        column: x => x.confirmation_id,
                        principalTable: "visit_confirmations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "ix_officer_codes_officer_id",
                table: "officer_codes",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_officer_codes_organization_id_officer_id",
                table: "officer_codes",
                columns: new[] { "organization_id", "officer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_officer_codes_token",
                table: "officer_codes",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_visit_complaints_confirmation_id",
                table: "visit_complaints",
                column: "confirmation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_visit_complaints_organization_id_status",
                table: "visit_complaints",
                columns: new[] { "organization_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_confirmations_inspection_id",
                table: "visit_confirmations",
                column: "inspection_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_visit_confirmations_organization_id_confirmed_on",
                table: "visit_confirmations",
                columns: new[] { "organization_id", "confirmed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_confirmations_rating_token_hash",
                table: "visit_confirmations",
                column: "rating_token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "licence_items");

            migrationBuilder.DropTable(
                name: "licences");

            migrationBuilder.DropTable(
                name: "officer_codes");

            migrationBuilder.DropTable(
                name: "visit_complaints");

            migrationBuilder.DropTable(
                name: "visit_confirmations");
        }
    }
}
