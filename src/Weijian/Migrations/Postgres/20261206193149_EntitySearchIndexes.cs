using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EntitySearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_regulated_entities_organization_id_hygiene_grade",
                table: "regulated_entities");

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_hygiene_grade_created_at",
                table: "regulated_entities",
                columns: new[] { "organization_id", "hygiene_grade", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_risk_tier_region_code_cr~",
                table: "regulated_entities",
                columns: new[] { "organization_id", "risk_tier", "region_code", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_regulated_entities_organization_id_hygiene_grade_created_at",
                table: "regulated_entities");

            migrationBuilder.DropIndex(
                name: "ix_regulated_entities_organization_id_risk_tier_region_code_cr~",
                table: "regulated_entities");

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_hygiene_grade",
                table: "regulated_entities",
                columns: new[] { "organization_id", "hygiene_grade" });
        }
    }
}
