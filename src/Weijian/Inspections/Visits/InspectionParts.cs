using Weijian.Inspections.Plans;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Visits;

public enum CheckResult
{
    /// <summary>合格.</summary>
    Pass,

    /// <summary>不合格.</summary>
    Fail,

    /// <summary>不适用.</summary>
    NotApplicable,
}

public enum InspectionConclusion
{
    /// <summary>未发现问题.</summary>
    NoProblem,

    /// <summary>责令改正.</summary>
    CorrectionOrdered,

    /// <summary>移交立案.</summary>
    CaseReferred,
}

public enum EvidenceKind
{
    Photo,
    Document,
    Audio,
    Video,
}

/// <summary>An officer of the visit as checked on the planned date (R-OFF-1).</summary>
public sealed record InspectionOfficer(Guid OfficerId, Guid? UserId, string Name, string? CredentialNumber);

/// <summary>A target the visit covers (综合查一次: several tasks, plans and specialties in one visit).</summary>
public sealed record CoveredTarget(Guid TargetId, Guid TaskId, InspectionKind Kind, Specialty Specialty, IReadOnlyList<string> ItemCodes, bool Random);

/// <summary>One line of a covered item's checklist (Registry/Catalogs 检查要点) and what the officers found.</summary>
public sealed record ChecklistEntry(string ItemCode, string ItemName, string Line, CheckResult? Result, string? Note);

/// <summary>现场检测: 指标, 测定值, 单位, 标准, 是否合格.</summary>
public sealed record Measurement(string Indicator, string Value, string? Unit, string? Standard, bool Compliant);

/// <summary>A file stored content-addressed (SHA-256) in the <c>FileStore</c>; verified whenever it is read.</summary>
public sealed record EvidenceFile(string Sha256, string FileName, EvidenceKind Kind, long Size, DateTimeOffset AddedAt, string AddedBy);

public static class InspectionVisitNames
{
    public static string Of(InspectionStatus v) => v switch
    {
        InspectionStatus.Planned => "已安排",
        InspectionStatus.InProgress => "检查中",
        InspectionStatus.Completed => "已完成",
        _ => v.ToString(),
    };

    public static string Of(CheckResult v) => v switch
    {
        CheckResult.Pass => "合格",
        CheckResult.Fail => "不合格",
        CheckResult.NotApplicable => "不适用",
        _ => v.ToString(),
    };

    public static string Of(InspectionConclusion v) => v switch
    {
        InspectionConclusion.NoProblem => "未发现问题",
        InspectionConclusion.CorrectionOrdered => "责令改正",
        InspectionConclusion.CaseReferred => "移交立案",
        _ => v.ToString(),
    };

    public static string Of(EvidenceKind v) => v switch
    {
        EvidenceKind.Photo => "照片",
        EvidenceKind.Document => "书证/文件",
        EvidenceKind.Audio => "录音",
        EvidenceKind.Video => "录像",
        _ => v.ToString(),
    };

    public static string Of(InspectionAction v) => InspectionWorkflow.Find(v).Label;

    /// <summary>A natural person's name on a public page: the surname and asterisks (张**), never the full name.</summary>
    public static string MaskPerson(string name) =>
        string.IsNullOrEmpty(name) ? "" : name[..1] + new string('*', Math.Max(2, name.Length - 1));
}
