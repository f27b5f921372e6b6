using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_item",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    retired_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    retire_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_item", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "legal_document",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    issuing_body = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version_label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    repealed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    loaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_document", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "officers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    credential_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    issuing_authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    enforcement_category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    enforcement_area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    specialty_codes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    legal_qualification_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    legal_qualification_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officers", x => x.id);
                    table.ForeignKey(
                        name: "fk_officers_identity_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_officers_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regulated_entities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    legal_representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    sub_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    business_scale = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    risk_tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    credit_grade = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    hygiene_grade = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    contact_person = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    contact_phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regulated_entities", x => x.id);
                    table.ForeignKey(
                        name: "fk_regulated_entities_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "spreadsheet_import",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_size = table.Column<long>(type: "INTEGER", nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    total_rows = table.Column<int>(type: "INTEGER", nullable: false),
                    created = table.Column<int>(type: "INTEGER", nullable: false),
                    updated = table.Column<int>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    error_workbook = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_spreadsheet_import", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_item_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    change_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    provisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    power_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    responsible_unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    responsibilities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    accountability = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    targets = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    check_content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    checklist_lines = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    activity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    continuous_recording = table.Column<bool>(type: "INTEGER", nullable: true),
                    recording_requirement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    catalog_item_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_item_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalog_item_versions_catalog_item_catalog_item_id",
                        column: x => x.catalog_item_id,
                        principalTable: "catalog_item",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_article",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    is_summary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_article", x => x.id);
                    table.ForeignKey(
                        name: "fk_legal_article__legal_document_document_id",
                        column: x => x.document_id,
                        principalTable: "legal_document",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "officer_conflicts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entity_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    relation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    declared_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    withdrawn_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    officer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_conflicts", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_conflicts_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "officer_exams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    officer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_exams", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_exams_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "officer_trainings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    officer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_trainings", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_trainings_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_catalog_item_organization_id_kind_code",
                table: "catalog_item",
                columns: new[] { "organization_id", "kind", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalog_item_versions_catalog_item_id_number",
                table: "catalog_item_versions",
                columns: new[] { "catalog_item_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalog_item_versions_effective_from",
                table: "catalog_item_versions",
                column: "effective_from");

            migrationBuilder.CreateIndex(
                name: "ix_legal_article_document_id_number",
                table: "legal_article",
                columns: new[] { "document_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legal_document_code_effective_from",
                table: "legal_document",
                columns: new[] { "code", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_legal_document_code_version_label",
                table: "legal_document",
                columns: new[] { "code", "version_label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_officer_conflicts_entity_id",
                table: "officer_conflicts",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_officer_conflicts_officer_id",
                table: "officer_conflicts",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_officer_exams_officer_id",
                table: "officer_exams",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_officer_trainings_officer_id_date",
                table: "officer_trainings",
                columns: new[] { "officer_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_officers_organization_id_credential_number",
                table: "officers",
                columns: new[] { "organization_id", "credential_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_officers_organization_id_name",
                table: "officers",
                columns: new[] { "organization_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_officers_organization_id_status",
                table: "officers",
                columns: new[] { "organization_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_officers_organization_id_valid_until",
                table: "officers",
                columns: new[] { "organization_id", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_officers_user_id",
                table: "officers",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_created_at",
                table: "regulated_entities",
                columns: new[] { "organization_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_credit_code",
                table: "regulated_entities",
                columns: new[] { "organization_id", "credit_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_hygiene_grade",
                table: "regulated_entities",
                columns: new[] { "organization_id", "hygiene_grade" });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_name",
                table: "regulated_entities",
                columns: new[] { "organization_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_region_code_name",
                table: "regulated_entities",
                columns: new[] { "organization_id", "region_code", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_specialty_sub_type_name",
                table: "regulated_entities",
                columns: new[] { "organization_id", "specialty", "sub_type", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_status_specialty_risk_tier",
                table: "regulated_entities",
                columns: new[] { "organization_id", "status", "specialty", "risk_tier" });

            migrationBuilder.CreateIndex(
                name: "ix_spreadsheet_import_organization_id_sha256",
                table: "spreadsheet_import",
                columns: new[] { "organization_id", "sha256" });

            migrationBuilder.CreateIndex(
                name: "ix_spreadsheet_import_organization_id_started_at",
                table: "spreadsheet_import",
                columns: new[] { "organization_id", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_item_versions");

            migrationBuilder.DropTable(
                name: "legal_article");

            migrationBuilder.DropTable(
                name: "officer_conflicts");

            migrationBuilder.DropTable(
                name: "officer_exams");

            migrationBuilder.DropTable(
                name: "officer_trainings");

            migrationBuilder.DropTable(
                name: "regulated_entities");

            migrationBuilder.DropTable(
                name: "spreadsheet_import");

            migrationBuilder.DropTable(
                name: "catalog_item");

            migrationBuilder.DropTable(
                name: "legal_document");

            migrationBuilder.DropTable(
                name: "officers");
        }
    }
}
