using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LicenseIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_commitment_verifications_licences_licence_id",
                table: "commitment_verifications");

            migrationBuilder.DropForeignKey(
                name: "fk_licence_applications_licences_licence_id",
                table: "licence_applications");

            migrationBuilder.RenameColumn(
                name: "licence_type",
                table: "licences",
                newName: "license_type");

            migrationBuilder.RenameIndex(
                name: "ix_licences_organization_id_entity_id_licence_type",
                table: "licences",
                newName: "ix_licences_organization_id_entity_id_license_type");

            migrationBuilder.RenameColumn(
                name: "licence_type",
                table: "licence_items",
                newName: "license_type");

            migrationBuilder.RenameColumn(
                name: "licence_type",
                table: "licence_applications",
                newName: "license_type");

            migrationBuilder.RenameColumn(
                name: "licence_id",
                table: "licence_applications",
                newName: "license_id");

            migrationBuilder.RenameIndex(
                name: "ix_licence_applications_licence_id",
                table: "licence_applications",
                newName: "ix_licence_applications_license_id");

            migrationBuilder.RenameColumn(
                name: "licence_number",
                table: "commitment_verifications",
                newName: "license_number");

            migrationBuilder.RenameColumn(
                name: "licence_id",
                table: "commitment_verifications",
                newName: "license_id");

            migrationBuilder.RenameIndex(
                name: "ix_commitment_verifications_licence_id",
                table: "commitment_verifications",
                newName: "ix_commitment_verifications_license_id");

            migrationBuilder.AddForeignKey(
                name: "fk_commitment_verifications_licences_license_id",
                table: "commitment_verifications",
                column: "license_id",
                principalTable: "licences",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_licence_applications_licences_license_id",
                table: "licence_applications",
                column: "license_id",
                principalTable: "licences",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_commitment_verifications_licences_license_id",
                table: "commitment_verifications");

            migrationBuilder.DropForeignKey(
                name: "fk_licence_applications_licences_license_id",
                table: "licence_applications");

            migrationBuilder.RenameColumn(
                name: "license_type",
                table: "licences",
                newName: "licence_type");

            migrationBuilder.RenameIndex(
                name: "ix_licences_organization_id_entity_id_license_type",
                table: "licences",
                newName: "ix_licences_organization_id_entity_id_licence_type");

            migrationBuilder.RenameColumn(
                name: "license_type",
                table: "licence_items",
                newName: "licence_type");

            migrationBuilder.RenameColumn(
                name: "license_type",
                table: "licence_applications",
                newName: "licence_type");

            migrationBuilder.RenameColumn(
                name: "license_id",
                table: "licence_applications",
                newName: "licence_id");

            migrationBuilder.RenameIndex(
                name: "ix_licence_applications_license_id",
                table: "licence_applications",
                newName: "ix_licence_applications_licence_id");

            migrationBuilder.RenameColumn(
                name: "license_number",
                table: "commitment_verifications",
                newName: "licence_number");

            migrationBuilder.RenameColumn(
                name: "license_id",
                table: "commitment_verifications",
                newName: "licence_id");

            migrationBuilder.RenameIndex(
                name: "ix_commitment_verifications_license_id",
                table: "commitment_verifications",
                newName: "ix_commitment_verifications_licence_id");

            migrationBuilder.AddForeignKey(
                name: "fk_commitment_verifications_licences_licence_id",
                table: "commitment_verifications",
                column: "licence_id",
                principalTable: "licences",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_licence_applications_licences_licence_id",
                table: "licence_applications",
                column: "licence_id",
                principalTable: "licences",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
