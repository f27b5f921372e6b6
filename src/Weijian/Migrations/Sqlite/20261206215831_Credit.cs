using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credit_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    party_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    party_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    party_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    penalty_types = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    rule_set_code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    rule_set_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    published = table.Column<bool>(type: "INTEGER", nullable: false),
                    publish_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    min_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    max_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    responsible_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    repair_pending = table.Column<bool>(type: "INTEGER", nullable: false),
                    repair_requests_json = table.Column<string>(type: "TEXT", nullable: false),
                    history_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_records__organizations_organization_id",
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

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_entity_id",
                table: "credit_records",
                columns: new[] { "organization_id", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_source_number",
                table: "credit_records",
                columns: new[] { "organization_id", "source_number" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_source_source_id",
                table: "credit_records",
                columns: new[] { "organization_id", "source", "source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_status_max_until",
                table: "credit_records",
                columns: new[] { "organization_id", "status", "max_until" });

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
                name: "credit_records");

            migrationBuilder.DropTable(
                name: "licence_items");

            migrationBuilder.DropTable(
                name: "licences");
        }
    }
}
