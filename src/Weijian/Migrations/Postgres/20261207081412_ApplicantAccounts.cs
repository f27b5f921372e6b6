using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicantAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "applicant_account_id",
                table: "licence_applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "applicant_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    password_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    security_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failed_sign_ins = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_sign_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applicant_accounts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_applicant_account_id_received_on",
                table: "licence_applications",
                columns: new[] { "applicant_account_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_applicant_accounts_phone",
                table: "applicant_accounts",
                column: "phone",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_licence_applications_applicant_accounts_applicant_account_id",
                table: "licence_applications",
                column: "applicant_account_id",
                principalTable: "applicant_accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_licence_applications_applicant_accounts_applicant_account_id",
                table: "licence_applications");

            migrationBuilder.DropTable(
                name: "applicant_accounts");

            migrationBuilder.DropIndex(
                name: "ix_licence_applications_applicant_account_id_received_on",
                table: "licence_applications");

            migrationBuilder.DropColumn(
                name: "applicant_account_id",
                table: "licence_applications");
        }
    }
}
