using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportsDocumentsPortalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "heaviest_penalty_type",
                table: "penalty_cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "legal_review_approved_on",
                table: "penalty_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "documents_json",
                table: "licence_applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "change_reason",
                table: "inspections",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "conclusion_changed_on",
                table: "inspections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "original_conclusion",
                table: "inspections",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "revocation_reason",
                table: "inspections",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "revoked_on",
                table: "inspections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_count",
                table: "inspections",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    rollup = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    corrects_id = table.Column<Guid>(type: "uuid", nullable: true),
                    correction_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    measures = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    shortcomings = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    leadership = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    plans = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    other = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    figures_json = table.Column<string>(type: "text", nullable: true),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    document_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    finalised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finalised_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_reports_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "penalty_case_discussions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_penalty_case_discussions", x => x.id);
                    table.ForeignKey(
                        name: "fk_penalty_case_discussions_penalty_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "penalty_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_decision_number_trgm",
                table: "enforcement_disclosures",
                column: "decision_number")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_party_name_trgm",
                table: "enforcement_disclosures",
                column: "party_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_public",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "decided_on", "id" },
                descending: new[] { false, true, true },
                filter: "published_on IS NOT NULL AND offline_on IS NULL AND withdrawn_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_public_kind",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "kind", "decided_on", "id" },
                descending: new[] { false, false, true, true },
                filter: "published_on IS NOT NULL AND offline_on IS NULL AND withdrawn_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_public_withdrawn",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "decided_on", "id" },
                descending: new[] { false, true, true },
                filter: "published_on IS NOT NULL AND offline_on IS NULL AND withdrawn_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_organization_id_year_rollup_version",
                table: "annual_reports",
                columns: new[] { "organization_id", "year", "rollup", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_penalty_case_discussions_case_id_held_on",
                table: "penalty_case_discussions",
                columns: new[] { "case_id", "held_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "penalty_case_discussions");

            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_decision_number_trgm",
                table: "enforcement_disclosures");

            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_party_name_trgm",
                table: "enforcement_disclosures");

            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_public",
                table: "enforcement_disclosures");

            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_public_kind",
                table: "enforcement_disclosures");

            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_public_withdrawn",
                table: "enforcement_disclosures");

            migrationBuilder.DropColumn(
                name: "heaviest_penalty_type",
                table: "penalty_cases");

            migrationBuilder.DropColumn(
                name: "legal_review_approved_on",
                table: "penalty_cases");

            migrationBuilder.DropColumn(
                name: "documents_json",
                table: "licence_applications");

            migrationBuilder.DropColumn(
                name: "change_reason",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "conclusion_changed_on",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "original_conclusion",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "revocation_reason",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "revoked_on",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "target_count",
                table: "inspections");
        }
    }
}
