using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_regulated_entities_organization_id_hygiene_grade",
                table: "regulated_entities");

            migrationBuilder.CreateTable(
                name: "inspection_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    items_json = table.Column<string>(type: "text", nullable: false),
                    strata_json = table.Column<string>(type: "text", nullable: false),
                    risk_weights_json = table.Column<string>(type: "text", nullable: false),
                    issued_to_json = table.Column<string>(type: "text", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_plans__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    plan_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    items_json = table.Column<string>(type: "text", nullable: false),
                    strata_json = table.Column<string>(type: "text", nullable: false),
                    risk_weights_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_tasks__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    party_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    specialty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cap_exempt = table.Column<bool>(type: "boolean", nullable: false),
                    covers_random = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    planned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    officers_json = table.Column<string>(type: "text", nullable: false),
                    targets_json = table.Column<string>(type: "text", nullable: false),
                    checklist_json = table.Column<string>(type: "text", nullable: false),
                    measurements_json = table.Column<string>(type: "text", nullable: false),
                    evidence_json = table.Column<string>(type: "text", nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    av_required = table.Column<bool>(type: "boolean", nullable: false),
                    av_missing = table.Column<bool>(type: "boolean", nullable: false),
                    conclusion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    correction_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_requirement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    follow_up_target_id = table.Column<Guid>(type: "uuid", nullable: true),
                    grade_score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    publish_due = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspections", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspections__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspections_regulated_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "regulated_entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    specialty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    stratum = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    item_codes_json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    draw_id = table.Column<Guid>(type: "uuid", nullable: true),
                    officer_ids_json = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    due_by = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_targets__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspection_targets_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspection_targets_regulated_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "regulated_entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "random_draws",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    previous_draw_id = table.Column<Guid>(type: "uuid", nullable: true),
                    redraw_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    planned_date = table.Column<DateOnly>(type: "date", nullable: false),
                    commitment_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    commitment_json = table.Column<string>(type: "text", nullable: false),
                    input_json = table.Column<string>(type: "text", nullable: false),
                    selection_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    record_json = table.Column<string>(type: "text", nullable: true),
                    committed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    committed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    drawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    drawn_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    superseded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_random_draws", x => x.id);
                    table.ForeignKey(
                        name: "fk_random_draws__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_random_draws_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_hygiene_grade_created_at",
                table: "regulated_entities",
                columns: new[] { "organization_id", "hygiene_grade", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_regulated_entities_organization_id_risk_tier_region_code_cr~",
                table: "regulated_entities",
                columns: new[] { "organization_id", "risk_tier", "region_code", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_plans_organization_id_year_status",
                table: "inspection_plans",
                columns: new[] { "organization_id", "year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_targets_entity_id",
                table: "inspection_targets",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_targets_organization_id_entity_id_status",
                table: "inspection_targets",
                columns: new[] { "organization_id", "entity_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_targets_organization_id_inspection_id",
                table: "inspection_targets",
                columns: new[] { "organization_id", "inspection_id" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_targets_organization_id_task_id_status",
                table: "inspection_targets",
                columns: new[] { "organization_id", "task_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_targets_task_id",
                table: "inspection_targets",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_tasks_organization_id_plan_id",
                table: "inspection_tasks",
                columns: new[] { "organization_id", "plan_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_tasks_organization_id_year_status",
                table: "inspection_tasks",
                columns: new[] { "organization_id", "year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_entity_id",
                table: "inspections",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_organization_id_entity_id_planned_on",
                table: "inspections",
                columns: new[] { "organization_id", "entity_id", "planned_on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_organization_id_number",
                table: "inspections",
                columns: new[] { "organization_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspections_organization_id_published_on",
                table: "inspections",
                columns: new[] { "organization_id", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_organization_id_status_planned_on",
                table: "inspections",
                columns: new[] { "organization_id", "status", "planned_on" });

            migrationBuilder.CreateIndex(
                name: "ix_random_draws_organization_id_task_id_round",
                table: "random_draws",
                columns: new[] { "organization_id", "task_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_random_draws_task_id",
                table: "random_draws",
                column: "task_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_plans");

            migrationBuilder.DropTable(
                name: "inspection_targets");

            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropTable(
                name: "random_draws");

            migrationBuilder.DropTable(
                name: "inspection_tasks");

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
