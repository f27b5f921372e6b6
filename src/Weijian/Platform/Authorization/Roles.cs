namespace Weijian.Platform.Authorization;

/// <summary>
/// The roles a user can hold (issue #2). The code is stored; the Chinese name is what users see.
/// </summary>
public static class Roles
{
    public const string SystemAdministrator = "SystemAdministrator";
    public const string BureauHead = "BureauHead";
    public const string Officer = "Officer";
    public const string LegalReviewer = "LegalReviewer";
    public const string WindowClerk = "WindowClerk";
    public const string PetitionClerk = "PetitionClerk";
    public const string DisclosureClerk = "DisclosureClerk";

    /// <summary>上级监督: read-only over the organisation's subtree, through supervision queries only.</summary>
    public const string Supervisor = "Supervisor";

    public static readonly IReadOnlyList<RoleInfo> All =
    [
        new(SystemAdministrator, "系统管理员", "管理本单位及下级单位的组织机构和用户"),
        new(BureauHead, "局领导", "审批、签发决定，主持集体讨论"),
        new(Officer, "执法人员", "监督检查、调查取证、办理案件"),
        new(LegalReviewer, "法制审核人员", "重大执法决定法制审核"),
        new(WindowClerk, "窗口受理人员", "行政许可受理与一次性告知"),
        new(PetitionClerk, "信访/投诉受理人员", "投诉举报与信访登记、办理"),
        new(DisclosureClerk, "政务公开人员", "政府信息公开与行政执法公示"),
        new(Supervisor, "上级监督", "只读查看下级单位的统计与监督信息"),
    ];

    public static bool IsKnown(string code) => All.Any(r => r.Code == code);

    public static string ChineseName(string code) => All.FirstOrDefault(r => r.Code == code)?.Name ?? code;
}

public sealed record RoleInfo(string Code, string Name, string Description);
