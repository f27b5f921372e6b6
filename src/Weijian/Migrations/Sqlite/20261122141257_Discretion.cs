using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Discretion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "discretion_baseline",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    jurisdiction_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version_label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    issuing_document = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_sample = table.Column<bool>(type: "INTEGER", nullable: false),
                    repeat_violation_threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    item_count = table.Column<int>(type: "INTEGER", nullable: false),
                    no_penalty_item_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discretion_baseline", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "discretion_item",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    baseline_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    power_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    violation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    violated_provisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    penalty_provisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    statutory_min_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    statutory_max_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    statutory_multiple_min = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    statutory_multiple_max = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    gains_threshold_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    gains_floor_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    fine_cap_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    severe_measures = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discretion_item", x => x.id);
                    table.ForeignKey(
                        name: "fk_discretion_item_discretion_baseline_baseline_id",
                        column: x => x.baseline_id,
                        principalTable: "discretion_baseline",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "no_penalty_item",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    baseline_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    violation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    first_time_only = table.Column<bool>(type: "INTEGER", nullable: false),
                    harm_limit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    correct_within_days = table.Column<int>(type: "INTEGER", nullable: true),
                    follow_up = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    excluded_sources = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    exclusion_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_no_penalty_item", x => x.id);
                    table.ForeignKey(
                        name: "fk_no_penalty_item_discretion_baseline_baseline_id",
                        column: x => x.baseline_id,
                        principalTable: "discretion_baseline",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "discretion_item_tiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    party_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    circumstances = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    fine_min_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    fine_max_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    multiple_min = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    multiple_max = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    measures = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    discretion_item_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discretion_item_tiers", x => x.id);
                    table.ForeignKey(
                        name: "fk_discretion_item_tiers_discretion_item_discretion_item_id",
                        column: x => x.discretion_item_id,
                        principalTable: "discretion_item",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_discretion_baseline_jurisdiction_id_effective_from",
                table: "discretion_baseline",
                columns: new[] { "jurisdiction_id", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_discretion_baseline_jurisdiction_id_version_label",
                table: "discretion_baseline",
                columns: new[] { "jurisdiction_id", "version_label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_discretion_item_baseline_id_code",
                table: "discretion_item",
                columns: new[] { "baseline_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_discretion_item_baseline_id_specialty",
                table: "discretion_item",
                columns: new[] { "baseline_id", "specialty" });

            migrationBuilder.CreateIndex(
                name: "ix_discretion_item_tiers_discretion_item_id",
                table: "discretion_item_tiers",
                column: "discretion_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_no_penalty_item_baseline_id_item_code",
                table: "no_penalty_item",
                columns: new[] { "baseline_id", "item_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "discretion_item_tiers");

            migrationBuilder.DropTable(
                name: "no_penalty_item");

            migrationBuilder.DropTable(
                name: "discretion_item");

            migrationBuilder.DropTable(
                name: "discretion_baseline");
        }
    }
}
