using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FigureColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "heaviest_penalty_type",
                table: "penalty_cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "legal_review_approved_on",
                table: "penalty_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_count",
                table: "inspections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "penalty_case_discussions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "ix_penalty_case_discussions_case_id_held_on",
                table: "penalty_case_discussions",
                columns: new[] { "case_id", "held_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "penalty_case_discussions");

            migrationBuilder.DropColumn(
                name: "heaviest_penalty_type",
                table: "penalty_cases");

            migrationBuilder.DropColumn(
                name: "legal_review_approved_on",
                table: "penalty_cases");

            migrationBuilder.DropColumn(
                name: "target_count",
                table: "inspections");
        }
    }
}
