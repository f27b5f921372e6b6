using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PortalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
