using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Publication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    head_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_checkpoints", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_checkpoints_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_disclosures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    decision_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    party_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    party_is_natural_person = table.Column<bool>(type: "INTEGER", nullable: false),
                    party_credit_code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    fields_json = table.Column<string>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    withdrawal_reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    withdrawal_text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    withdrawal_requested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawal_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    retention_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    offline_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enforcement_disclosures", x => x.id);
                    table.ForeignKey(
                        name: "fk_enforcement_disclosures_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "licence_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    licence_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    conditions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    quantity_limit = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    statutory_days = table.Column<int>(type: "INTEGER", nullable: false),
                    promised_days = table.Column<int>(type: "INTEGER", nullable: false),
                    fees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    commitment_allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    commitment_obligations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    site_check_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    allow_rongque = table.Column<bool>(type: "INTEGER", nullable: false),
                    rongque_due_days = table.Column<int>(type: "INTEGER", nullable: false),
                    validity_years = table.Column<int>(type: "INTEGER", nullable: true),
                    accepting_unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    approving_unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    service_channel = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    materials_json = table.Column<string>(type: "TEXT", nullable: false),
                    steps_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    holder_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    holder_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    licence_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    granted_on_commitment = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    history_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "open_data_feeds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    generated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    zip_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    json_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    businesses = table.Column<int>(type: "INTEGER", nullable: false),
                    inspections = table.Column<int>(type: "INTEGER", nullable: false),
                    violations = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_data_feeds", x => x.id);
                    table.ForeignKey(
                        name: "fk_open_data_feeds_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_checkpoints_organization_id_day",
                table: "audit_checkpoints",
                columns: new[] { "organization_id", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_decision_number",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "decision_number" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_offline_on_decided_on",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "offline_on", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_published_on",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_source_type_source_id",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "source_type", "source_id" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_retention_end",
                table: "enforcement_disclosures",
                column: "retention_end");

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
                name: "ix_open_data_feeds_organization_id_generated_at",
                table: "open_data_feeds",
                columns: new[] { "organization_id", "generated_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "enforcement_disclosures");

            migrationBuilder.DropTable(
                name: "licence_items");

            migrationBuilder.DropTable(
                name: "licences");

            migrationBuilder.DropTable(
                name: "open_data_feeds");
        }
    }
}
