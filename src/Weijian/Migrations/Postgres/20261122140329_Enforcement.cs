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
                name: "penalty_cases");
        }
    }
}
