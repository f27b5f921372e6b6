using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weijian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LicensingPublicityCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    head_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_checkpoints", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_checkpoints_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    party_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    party_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    party_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    penalty_types = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    rule_set_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    rule_set_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    publish_from = table.Column<DateOnly>(type: "date", nullable: false),
                    min_until = table.Column<DateOnly>(type: "date", nullable: true),
                    max_until = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    responsible_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    repair_pending = table.Column<bool>(type: "boolean", nullable: false),
                    repair_requests_json = table.Column<string>(type: "text", nullable: false),
                    history_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_records__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_disclosures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    source_id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    party_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    party_is_natural_person = table.Column<bool>(type: "boolean", nullable: false),
                    party_credit_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    fields_json = table.Column<string>(type: "text", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    withdrawal_text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    withdrawal_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawal_due = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retention_end = table.Column<DateOnly>(type: "date", nullable: true),
                    offline_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enforcement_disclosures", x => x.id);
                    table.ForeignKey(
                        name: "fk_enforcement_disclosures_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entity_replies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entity_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    submitter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reasons = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    history_json = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "licence_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    specialty = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    licence_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    conditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    quantity_limit = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    statutory_days = table.Column<int>(type: "integer", nullable: false),
                    promised_days = table.Column<int>(type: "integer", nullable: false),
                    fees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    commitment_allowed = table.Column<bool>(type: "boolean", nullable: false),
                    commitment_obligations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    site_check_required = table.Column<bool>(type: "boolean", nullable: false),
                    allow_rongque = table.Column<bool>(type: "boolean", nullable: false),
                    rongque_due_days = table.Column<int>(type: "integer", nullable: false),
                    validity_years = table.Column<int>(type: "integer", nullable: true),
                    accepting_unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approving_unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    service_channel = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    materials_json = table.Column<string>(type: "text", nullable: false),
                    steps_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licence_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_licence_items__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    holder_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    licence_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    granted_on_commitment = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    history_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licences", x => x.id);
                    table.ForeignKey(
                        name: "fk_licences__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_licences_regulated_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "regulated_entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "officer_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    replaced_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_codes", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_codes__officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_officer_codes_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "open_data_feeds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    generated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    zip_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    json_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    businesses = table.Column<int>(type: "integer", nullable: false),
                    inspections = table.Column<int>(type: "integer", nullable: false),
                    violations = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_data_feeds", x => x.id);
                    table.ForeignKey(
                        name: "fk_open_data_feeds_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_confirmations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scanned_officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officers_json = table.Column<string>(type: "text", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rating_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    satisfaction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    credentials_shown = table.Column<bool>(type: "boolean", nullable: true),
                    asked_beyond_law = table.Column<bool>(type: "boolean", nullable: true),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rated_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_confirmations", x => x.id);
                    table.ForeignKey(
                        name: "fk_visit_confirmations_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visit_confirmations_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commitment_verifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    licence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    licence_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    inspection_task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    finding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rectification_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    conclusion_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    repaired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verified_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitment_verifications__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commitment_verifications_licences_licence_id",
                        column: x => x.licence_id,
                        principalTable: "licences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "licence_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    query_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    online = table.Column<bool>(type: "boolean", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    item_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    licence_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    statutory_days = table.Column<int>(type: "integer", nullable: false),
                    promised_days = table.Column<int>(type: "integer", nullable: false),
                    site_check_required = table.Column<bool>(type: "boolean", nullable: false),
                    validity_years = table.Column<int>(type: "integer", nullable: true),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applicant_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    contact_person = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    licence_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    deficiency_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deemed_accepted = table.Column<bool>(type: "boolean", nullable: false),
                    intake_refusal_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    intake_refusal = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    right_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    rongque_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rongque_supplied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    site_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    site_check_findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reviewer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    review_opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    extended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    extension_approved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    hearing_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_presider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    legal_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    promised_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2400)", maxLength: 2400, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    granted_on_commitment = table.Column<bool>(type: "boolean", nullable: false),
                    commitment_text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    deemed_renewal = table.Column<bool>(type: "boolean", nullable: false),
                    certificate_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_served_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_service_note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    clerk_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    rating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    rating_comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    materials_json = table.Column<string>(type: "text", nullable: false),
                    deficiencies_json = table.Column<string>(type: "text", nullable: false),
                    pauses_json = table.Column<string>(type: "text", nullable: false),
                    site_check_staff_json = table.Column<string>(type: "text", nullable: false),
                    history_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licence_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_licence_applications__organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_licence_applications_licence_items_item_id",
                        column: x => x.item_id,
                        principalTable: "licence_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_licence_applications_licences_licence_id",
                        column: x => x.licence_id,
                        principalTable: "licences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    confirmation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    handler_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    handler_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_visit_complaints_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visit_complaints_visit_confirmations_confirmation_id",
                        column: x => x.confirmation_id,
                        principalTable: "visit_confirmations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_checkpoints_organization_id_day",
                table: "audit_checkpoints",
                columns: new[] { "organization_id", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitment_verifications_licence_id",
                table: "commitment_verifications",
                column: "licence_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitment_verifications_organization_id_entity_id_status",
                table: "commitment_verifications",
                columns: new[] { "organization_id", "entity_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_entity_id",
                table: "credit_records",
                columns: new[] { "organization_id", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_source_number",
                table: "credit_records",
                columns: new[] { "organization_id", "source_number" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_source_source_id",
                table: "credit_records",
                columns: new[] { "organization_id", "source", "source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_organization_id_status_max_until",
                table: "credit_records",
                columns: new[] { "organization_id", "status", "max_until" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_decision_number",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "decision_number" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_offline_on_decided_~",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "offline_on", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_published_on",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_organization_id_source_type_source_~",
                table: "enforcement_disclosures",
                columns: new[] { "organization_id", "source_type", "source_id" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_disclosures_retention_end",
                table: "enforcement_disclosures",
                column: "retention_end");

            migrationBuilder.CreateIndex(
                name: "ix_entity_replies_organization_id_status_submitted_at",
                table: "entity_replies",
                columns: new[] { "organization_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_entity_replies_organization_id_subject_kind_subject_id",
                table: "entity_replies",
                columns: new[] { "organization_id", "subject_kind", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_item_id",
                table: "licence_applications",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_licence_id",
                table: "licence_applications",
                column: "licence_id");

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_number_query_code",
                table: "licence_applications",
                columns: new[] { "number", "query_code" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_organization_id_item_id",
                table: "licence_applications",
                columns: new[] { "organization_id", "item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_organization_id_number",
                table: "licence_applications",
                columns: new[] { "organization_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licence_applications_organization_id_status_received_on",
                table: "licence_applications",
                columns: new[] { "organization_id", "status", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_licence_items_organization_id_code",
                table: "licence_items",
                columns: new[] { "organization_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licences_entity_id",
                table: "licences",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_licences_organization_id_entity_id_licence_type",
                table: "licences",
                columns: new[] { "organization_id", "entity_id", "licence_type" });

            migrationBuilder.CreateIndex(
                name: "ix_licences_organization_id_number",
                table: "licences",
                columns: new[] { "organization_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licences_organization_id_status_valid_until",
                table: "licences",
                columns: new[] { "organization_id", "status", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_officer_codes_officer_id",
                table: "officer_codes",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_officer_codes_organization_id_officer_id",
                table: "officer_codes",
                columns: new[] { "organization_id", "officer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_officer_codes_token",
                table: "officer_codes",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_open_data_feeds_organization_id_generated_at",
                table: "open_data_feeds",
                columns: new[] { "organization_id", "generated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_complaints_confirmation_id",
                table: "visit_complaints",
                column: "confirmation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_visit_complaints_organization_id_status",
                table: "visit_complaints",
                columns: new[] { "organization_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_confirmations_inspection_id",
                table: "visit_confirmations",
                column: "inspection_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_visit_confirmations_organization_id_confirmed_on",
                table: "visit_confirmations",
                columns: new[] { "organization_id", "confirmed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_confirmations_rating_token_hash",
                table: "visit_confirmations",
                column: "rating_token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "commitment_verifications");

            migrationBuilder.DropTable(
                name: "credit_records");

            migrationBuilder.DropTable(
                name: "enforcement_disclosures");

            migrationBuilder.DropTable(
                name: "entity_replies");

            migrationBuilder.DropTable(
                name: "licence_applications");

            migrationBuilder.DropTable(
                name: "officer_codes");

            migrationBuilder.DropTable(
                name: "open_data_feeds");

            migrationBuilder.DropTable(
                name: "visit_complaints");

            migrationBuilder.DropTable(
                name: "licence_items");

            migrationBuilder.DropTable(
                name: "licences");

            migrationBuilder.DropTable(
                name: "visit_confirmations");
        }
    }
}
