using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Enforcement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "discretion_baseline",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jurisdiction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version_label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    issuing_document = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_until = table.Column<DateOnly>(type: "date", nullable: true),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false),
                    repeat_violation_threshold = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    item_count = table.Column<int>(type: "integer", nullable: false),
                    no_penalty_item_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discretion_baseline", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "issued_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    number_prefix = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    number_year = table.Column<int>(type: "integer", nullable: true),
                    number_serial = table.Column<int>(type: "integer", nullable: true),
                    subject_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    superseded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    void_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_issued_documents__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "penalty_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    procedure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    party_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    party_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    party_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    party_representative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    party_phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    specialty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    discovered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    act_date = table.Column<DateOnly>(type: "date", nullable: true),
                    act_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    life_health_harm = table.Column<bool>(type: "boolean", nullable: false),
                    major_public_interest = table.Column<bool>(type: "boolean", nullable: false),
                    complex = table.Column<bool>(type: "boolean", nullable: false),
                    high_impact = table.Column<bool>(type: "boolean", nullable: false),
                    cross_district = table.Column<bool>(type: "boolean", nullable: false),
                    review_required_by_law = table.Column<bool>(type: "boolean", nullable: false),
                    handlers_json = table.Column<string>(type: "text", nullable: false),
                    handler_user_ids = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    filing_opinion = table.Column<string>(type: "text", nullable: true),
                    filing_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    filing_approved_by = table.Column<string>(type: "text", nullable: true),
                    decision_due = table.Column<DateOnly>(type: "date", nullable: true),
                    acts_json = table.Column<string>(type: "text", nullable: false),
                    preservations_json = table.Column<string>(type: "text", nullable: false),
                    extensions_json = table.Column<string>(type: "text", nullable: false),
                    facts = table.Column<string>(type: "text", nullable: true),
                    evidence_summary = table.Column<string>(type: "text", nullable: true),
                    violated_provision = table.Column<string>(type: "text", nullable: true),
                    penalty_basis = table.Column<string>(type: "text", nullable: true),
                    draft_terms_json = table.Column<string>(type: "text", nullable: true),
                    draft_version = table.Column<int>(type: "integer", nullable: false),
                    discretion_item_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    discretion_tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    discretion_reasoning = table.Column<string>(type: "text", nullable: true),
                    outside_range_justification = table.Column<string>(type: "text", nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notified_terms_json = table.Column<string>(type: "text", nullable: true),
                    notice_served_on = table.Column<DateOnly>(type: "date", nullable: true),
                    statement_due = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_right = table.Column<bool>(type: "boolean", nullable: false),
                    hearing_request_due = table.Column<DateOnly>(type: "date", nullable: true),
                    statement_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    statement = table.Column<string>(type: "text", nullable: true),
                    re_examination = table.Column<string>(type: "text", nullable: true),
                    defence_waived = table.Column<bool>(type: "boolean", nullable: false),
                    hearing_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_date = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_place = table.Column<string>(type: "text", nullable: true),
                    hearing_presiding_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    hearing_presiding_name = table.Column<string>(type: "text", nullable: true),
                    hearing_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_party_attended = table.Column<bool>(type: "boolean", nullable: true),
                    hearing_transcript = table.Column<string>(type: "text", nullable: true),
                    reviews_json = table.Column<string>(type: "text", nullable: false),
                    discussions_json = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_terms_json = table.Column<string>(type: "text", nullable: true),
                    decided_fine = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    decided_confiscation = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    no_penalty_reason = table.Column<string>(type: "text", nullable: true),
                    service_due = table.Column<DateOnly>(type: "date", nullable: true),
                    service_method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    served_on = table.Column<DateOnly>(type: "date", nullable: true),
                    service_recipient = table.Column<string>(type: "text", nullable: true),
                    service_witness = table.Column<string>(type: "text", nullable: true),
                    service_note = table.Column<string>(type: "text", nullable: true),
                    payment_due = table.Column<DateOnly>(type: "date", nullable: true),
                    instalments_json = table.Column<string>(type: "text", nullable: false),
                    payments_json = table.Column<string>(type: "text", nullable: false),
                    remedies_json = table.Column<string>(type: "text", nullable: false),
                    reminder_served_on = table.Column<DateOnly>(type: "date", nullable: true),
                    court_applied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    executed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    execution_note = table.Column<string>(type: "text", nullable: true),
                    summary_filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    referral_proposed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    referral_reason = table.Column<string>(type: "text", nullable: true),
                    referral_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    referral_receiver = table.Column<string>(type: "text", nullable: true),
                    transferred_on = table.Column<DateOnly>(type: "date", nullable: true),
                    transfer_receipt = table.Column<string>(type: "text", nullable: true),
                    end_reason = table.Column<string>(type: "text", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closing_summary = table.Column<string>(type: "text", nullable: true),
                    archived_on = table.Column<DateOnly>(type: "date", nullable: true),
                    av_required_count = table.Column<int>(type: "integer", nullable: false),
                    av_attached_count = table.Column<int>(type: "integer", nullable: false),
                    steps_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_penalty_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_penalty_cases__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_penalty_cases_regulated_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "regulated_entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "discretion_item",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    baseline_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    power_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    violation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    specialty = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    violated_provisions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    penalty_provisions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    statutory_min_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    statutory_max_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    statutory_multiple_min = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    statutory_multiple_max = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    gains_threshold_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    gains_floor_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    fine_cap_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    severe_measures = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    baseline_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    violation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    first_time_only = table.Column<bool>(type: "boolean", nullable: false),
                    harm_limit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    correct_within_days = table.Column<int>(type: "integer", nullable: true),
                    follow_up = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    excluded_sources = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    exclusion_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
                name: "case_file_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    standard_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    total = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    vetoed = table.Column<bool>(type: "boolean", nullable: false),
                    excellent = table.Column<bool>(type: "boolean", nullable: false),
                    findings_json = table.Column<string>(type: "text", nullable: false),
                    dismissed_json = table.Column<string>(type: "text", nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reviewer_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_file_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_file_evaluations__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_file_evaluations_penalty_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "penalty_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "discretion_item_tiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    circumstances = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    fine_min_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    fine_max_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    multiple_min = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    multiple_max = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    measures = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    discretion_item_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "ix_case_file_evaluations_case_id",
                table: "case_file_evaluations",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_file_evaluations_organization_id_case_id_created_at",
                table: "case_file_evaluations",
                columns: new[] { "organization_id", "case_id", "created_at" });

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
                name: "ix_issued_documents_organization_id_issued_at",
                table: "issued_documents",
                columns: new[] { "organization_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_organization_id_number_prefix_number_year_~",
                table: "issued_documents",
                columns: new[] { "organization_id", "number_prefix", "number_year", "number_serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_organization_id_subject_type_subject_id",
                table: "issued_documents",
                columns: new[] { "organization_id", "subject_type", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_no_penalty_item_baseline_id_item_code",
                table: "no_penalty_item",
                columns: new[] { "baseline_id", "item_code" });

            migrationBuilder.CreateIndex(
                name: "ix_penalty_cases_entity_id",
                table: "penalty_cases",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_penalty_cases_organization_id_decided_on",
                table: "penalty_cases",
                columns: new[] { "organization_id", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_penalty_cases_organization_id_entity_id",
                table: "penalty_cases",
                columns: new[] { "organization_id", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_penalty_cases_organization_id_number",
                table: "penalty_cases",
                columns: new[] { "organization_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_penalty_cases_organization_id_received_on",
                table: "penalty_cases",
                columns: new[] { "organization_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_penalty_cases_organization_id_specialty_filed_on",
                table: "penalty_cases",
                columns: new[] { "organization_id", "specialty", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_penalty_cases_organization_id_status_updated_at",
                table: "penalty_cases",
                columns: new[] { "organization_id", "status", "updated_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_file_evaluations");

            migrationBuilder.DropTable(
                name: "discretion_item_tiers");

            migrationBuilder.DropTable(
                name: "issued_documents");

            migrationBuilder.DropTable(
                name: "no_penalty_item");

            migrationBuilder.DropTable(
                name: "penalty_cases");

            migrationBuilder.DropTable(
                name: "discretion_item");

            migrationBuilder.DropTable(
                name: "discretion_baseline");
        }
    }
}
