using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Replies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "entity_replies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    entity_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    submitter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    history_json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entity_replies", x => x.id);
                    table.ForeignKey(
                        name: "fk_entity_replies_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_entity_replies_organization_id_status_submitted_at",
                table: "entity_replies",
                columns: new[] { "organization_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_entity_replies_organization_id_subject_kind_subject_id",
                table: "entity_replies",
                columns: new[] { "organization_id", "subject_kind", "subject_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entity_replies");
        }
    }
}
