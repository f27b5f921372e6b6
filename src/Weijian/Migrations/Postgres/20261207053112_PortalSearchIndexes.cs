using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PortalSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_decision_number_trgm",
                table: "enforcement_disclosures");

            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_party_name_trgm",
                table: "enforcement_disclosures");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_public_decision_number_trgm",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "decision_number" },
                filter: "published_on IS NOT NULL AND offline_on IS NULL")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_public_party_name_trgm",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "party_name" },
                filter: "published_on IS NOT NULL AND offline_on IS NULL")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_public_decision_number_trgm",
                table: "enforcement_disclosures");

            migrationBuilder.DropIndex(
                name: "ix_enforcement_disclosures_public_party_name_trgm",
                table: "enforcement_disclosures");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

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
        }
    }
}
