using Weijian.Registry.Officers;

namespace Weijian.Web.Api;

public sealed record UpdateOfficerRequest(
    string? Name,
    Guid? UserId,
    string? CredentialNumber,
    string? IssuingAuthority,
    string? EnforcementCategory,
    string? EnforcementArea,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<string>? Specialties,
    string? Notes);

public sealed record OfficerStatusRequest(string? Status, string? Reason, DateOnly? EffectiveOn);

public sealed record DeclareConflictRequest(Guid? EntityId, string? Relation, string? Reason, DateOnly? DeclaredOn, string? EntityKey);

public sealed record WithdrawConflictRequest(string? Reason, DateOnly? WithdrawnOn);

public sealed record TrainingRequest(string? Course, string? Provider, DateOnly? Date, decimal? Hours);

public sealed record ExamRequest(string? Name, DateOnly? Date, decimal? Score, bool? Passed);

public sealed record LegalQualificationRequest(string? CertificateNumber, DateOnly? ObtainedOn);

/// <summary>执法人员名录库 (issue #3): officers, credentials, specialties, conflicts, training, exams, and the eligibility query.</summary>
internal static class OfficersApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/officers").WithTags("执法人员");
        g.MapGet("", (string? search, string? credentialNumber, string? specialty, string? status, int? expiringWithinDays, int? trainingBelowYear,
                int? year, int? page, int? pageSize, ListOfficersHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListOfficers(search, credentialNumber, specialty, status, expiringWithinDays, trainingBelowYear, year, page, pageSize), ct))
            .WithSummary("本单位执法人员列表（按姓名、执法证号、专业、状态、证件即将到期天数、某年度培训学时未达标筛选，分页）");
        g.MapGet("/{id:guid}", (Guid id, GetOfficerHandler h, CancellationToken ct) => h.HandleAsync(new GetOfficer(id), ct))
            .WithSummary("执法人员详情：执法证、专业、法律职业资格、利害关系、培训（年度学时对照要求）、考试");
        g.MapPost("", async (RegisterOfficer cmd, RegisterOfficerHandler h, CancellationToken ct) =>
            {
                var officer = await h.HandleAsync(cmd, ct);
                return Results.Created($"/api/v1/officers/{officer.Id}", officer);
            })
            .WithSummary("登记执法人员（系统管理员、局领导）；无执法证号者为辅助人员，不得从事执法检查");
        g.MapPut("/{id:guid}", (Guid id, UpdateOfficerRequest r, UpdateOfficerHandler h, CancellationToken ct) =>
                h.HandleAsync(new UpdateOfficer(id, r.Name, r.UserId, r.CredentialNumber, r.IssuingAuthority, r.EnforcementCategory, r.EnforcementArea, r.ValidFrom, r.ValidUntil, r.Specialties, r.Notes), ct))
            .WithSummary("修改执法人员信息（系统管理员、局领导）");
        g.MapPost("/{id:guid}/status", (Guid id, OfficerStatusRequest r, ChangeOfficerStatusHandler h, CancellationToken ct) =>
                h.HandleAsync(new ChangeOfficerStatus(id, r.Status, r.Reason, r.EffectiveOn), ct))
            .WithSummary("变更人员状态：Active 在职有效 / Suspended 暂扣 / Revoked 注销（须说明原因，记录不删除）");
        g.MapPost("/{id:guid}/conflicts", (Guid id, DeclareConflictRequest r, DeclareOfficerConflictHandler h, CancellationToken ct) =>
                h.HandleAsync(new DeclareOfficerConflict(id, r.EntityId, r.Relation, r.Reason, r.DeclaredOn, r.EntityKey), ct))
            .WithSummary("申报与监管对象的利害关系（Relative 亲属 / FormerEmployer 曾任职单位 / Other 其他），用于回避");
        g.MapPost("/{id:guid}/conflicts/{conflictId:guid}/withdraw", (Guid id, Guid conflictId, WithdrawConflictRequest r, WithdrawOfficerConflictHandler h, CancellationToken ct) =>
                h.HandleAsync(new WithdrawOfficerConflict(id, conflictId, r.Reason, r.WithdrawnOn), ct))
            .WithSummary("撤回利害关系申报（须说明原因，申报记录保留）");
        g.MapPost("/{id:guid}/training", (Guid id, TrainingRequest r, RecordOfficerTrainingHandler h, CancellationToken ct) =>
                h.HandleAsync(new RecordOfficerTraining(id, r.Course, r.Provider, r.Date, r.Hours), ct))
            .WithSummary("登记培训记录（课程、举办单位、日期、学时）");
        g.MapPost("/{id:guid}/exams", (Guid id, ExamRequest r, RecordOfficerExamHandler h, CancellationToken ct) =>
                h.HandleAsync(new RecordOfficerExam(id, r.Name, r.Date, r.Score, r.Passed), ct))
            .WithSummary("登记考试记录（名称、日期、成绩、是否合格）");
        g.MapPut("/{id:guid}/legal-qualification", (Guid id, LegalQualificationRequest r, RecordLegalQualificationHandler h, CancellationToken ct) =>
                h.HandleAsync(new RecordLegalQualification(id, r.CertificateNumber, r.ObtainedOn), ct))
            .WithSummary("登记法律职业资格（证书编号、取得日期），初次从事法制审核须具备");
        g.MapGet("/{id:guid}/eligibility", (Guid id, DateOnly? date, string? specialty, Guid? entityId, CheckOfficerEligibilityHandler h, CancellationToken ct) =>
                h.HandleAsync(new CheckOfficerEligibility(id, date, specialty, entityId), ct))
            .WithSummary("执法资格核验：该人员在某日能否就某专业、对某监管对象执法；不能时列出原因（含稳定代码）");
    }
}
