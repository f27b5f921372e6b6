using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LicensingItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "commitment_verifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    licence_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    holder_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    licence_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    inspection_task_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    finding = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rectification_due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    conclusion_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    repaired_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitment_verifications__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commitment_verifications_licences_licence_id",
                        column: x => x.licence_id,
                        principalTable: "licences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitment_verifications_licence_id",
                table: "commitment_verifications",
                column: "licence_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitment_verifications_organization_id_entity_id_status",
                table: "commitment_verifications",
                columns: new[] { "organization_id", "entity_id", "status" });

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
                name: "commitment_verifications");

            migrationBuilder.DropTable(
                name: "licence_items");

            migrationBuilder.DropTable(
                name: "licences");
        }
    }
}
