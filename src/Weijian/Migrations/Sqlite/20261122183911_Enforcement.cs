using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Sqlite
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
                name: "issued_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template_key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    number_prefix = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    number_year = table.Column<int>(type: "INTEGER", nullable: true),
                    number_serial = table.Column<int>(type: "INTEGER", nullable: true),
                    subject_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    superseded_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    voided_at = table.Column<long>(type: "INTEGER", nullable: true)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    procedure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source_reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    party_kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    party_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    party_address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    party_representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    party_phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    cause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "TEXT", nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    discovered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    act_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    act_end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    life_health_harm = table.Column<bool>(type: "INTEGER", nullable: false),
                    major_public_interest = table.Column<bool>(type: "INTEGER", nullable: false),
                    complex = table.Column<bool>(type: "INTEGER", nullable: false),
                    high_impact = table.Column<bool>(type: "INTEGER", nullable: false),
                    cross_district = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_required_by_law = table.Column<bool>(type: "INTEGER", nullable: false),
                    handlers_json = table.Column<string>(type: "TEXT", nullable: false),
                    handler_user_ids = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    filing_opinion = table.Column<string>(type: "TEXT", nullable: true),
                    filing_requested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    filing_approved_by = table.Column<string>(type: "TEXT", nullable: true),
                    decision_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    acts_json = table.Column<string>(type: "TEXT", nullable: false),
                    preservations_json = table.Column<string>(type: "TEXT", nullable: false),
                    extensions_json = table.Column<string>(type: "TEXT", nullable: false),
                    facts = table.Column<string>(type: "TEXT", nullable: true),
                    evidence_summary = table.Column<string>(type: "TEXT", nullable: true),
                    violated_provision = table.Column<string>(type: "TEXT", nullable: true),
                    penalty_basis = table.Column<string>(type: "TEXT", nullable: true),
                    draft_terms_json = table.Column<string>(type: "TEXT", nullable: true),
                    draft_version = table.Column<int>(type: "INTEGER", nullable: false),
                    discretion_item_code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    discretion_tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    discretion_reasoning = table.Column<string>(type: "TEXT", nullable: true),
                    outside_range_justification = table.Column<string>(type: "TEXT", nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    notified_terms_json = table.Column<string>(type: "TEXT", nullable: true),
                    notice_served_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    statement_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hearing_right = table.Column<bool>(type: "INTEGER", nullable: false),
                    hearing_request_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    statement_received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    statement = table.Column<string>(type: "TEXT", nullable: true),
                    re_examination = table.Column<string>(type: "TEXT", nullable: true),
                    defence_waived = table.Column<bool>(type: "INTEGER", nullable: false),
                    hearing_requested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hearing_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hearing_place = table.Column<string>(type: "TEXT", nullable: true),
                    hearing_presiding_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    hearing_presiding_name = table.Column<string>(type: "TEXT", nullable: true),
                    hearing_notified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hearing_held_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hearing_party_attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    hearing_transcript = table.Column<string>(type: "TEXT", nullable: true),
                    reviews_json = table.Column<string>(type: "TEXT", nullable: false),
                    discussions_json = table.Column<string>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", nullable: true),
                    decided_terms_json = table.Column<string>(type: "TEXT", nullable: true),
                    decided_fine = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    decided_confiscation = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    no_penalty_reason = table.Column<string>(type: "TEXT", nullable: true),
                    service_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    service_method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    served_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    service_recipient = table.Column<string>(type: "TEXT", nullable: true),
                    service_witness = table.Column<string>(type: "TEXT", nullable: true),
                    service_note = table.Column<string>(type: "TEXT", nullable: true),
                    payment_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    instalments_json = table.Column<string>(type: "TEXT", nullable: false),
                    payments_json = table.Column<string>(type: "TEXT", nullable: false),
                    remedies_json = table.Column<string>(type: "TEXT", nullable: false),
                    reminder_served_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    court_applied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    executed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    execution_note = table.Column<string>(type: "TEXT", nullable: true),
                    summary_filed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    referral_proposed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    referral_reason = table.Column<string>(type: "TEXT", nullable: true),
                    referral_decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    referral_receiver = table.Column<string>(type: "TEXT", nullable: true),
                    transferred_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    transfer_receipt = table.Column<string>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closing_summary = table.Column<string>(type: "TEXT", nullable: true),
                    archived_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    av_required_count = table.Column<int>(type: "INTEGER", nullable: false),
                    av_attached_count = table.Column<int>(type: "INTEGER", nullable: false),
                    steps_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "case_file_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    standard_code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    band = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    vetoed = table.Column<bool>(type: "INTEGER", nullable: false),
                    excellent = table.Column<bool>(type: "INTEGER", nullable: false),
                    findings_json = table.Column<string>(type: "TEXT", nullable: false),
                    dismissed_json = table.Column<string>(type: "TEXT", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    reviewer_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewer_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "ix_issued_documents_organization_id_number_prefix_number_year_number_serial",
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
