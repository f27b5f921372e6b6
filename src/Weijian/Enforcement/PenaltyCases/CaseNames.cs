namespace Weijian.Enforcement.PenaltyCases;

/// <summary>Chinese names of the case vocabulary, and parsing of values given as code or Chinese name.</summary>
public static class CaseNames
{
    public static string Of(CaseStatus v) => v switch
    {
        CaseStatus.Lead => "受理",
        CaseStatus.FilingRequested => "立案审批",
        CaseStatus.Investigating => "调查取证",
        CaseStatus.ReferralProposed => "移送审批",
        CaseStatus.Concluded => "调查终结",
        CaseStatus.Notified => "事先告知",
        CaseStatus.Hearing => "听证",
        CaseStatus.LegalReview => "法制审核",
        CaseStatus.Reviewed => "审核通过",
        CaseStatus.Discussed => "集体讨论",
        CaseStatus.Decided => "已决定",
        CaseStatus.Served => "已送达/执行中",
        CaseStatus.Executed => "执行完毕",
        CaseStatus.Transferred => "已移送",
        CaseStatus.Withdrawn => "已撤案",
        CaseStatus.NotFiled => "不予立案",
        CaseStatus.Closed => "已结案",
        CaseStatus.Archived => "已归档",
        _ => v.ToString(),
    };

    public static string Of(CaseAction v) => v == CaseAction.RegisterLead ? "案件受理登记" : CaseWorkflow.Find(v).Label;

    public static string Of(PenaltyMeasure v) => v switch
    {
        PenaltyMeasure.Warning => "警告",
        PenaltyMeasure.Criticism => "通报批评",
        PenaltyMeasure.LicenceSuspended => "暂扣许可证件",
        PenaltyMeasure.BusinessRestricted => "限制开展生产经营活动",
        PenaltyMeasure.QualificationLowered => "降低资质等级",
        PenaltyMeasure.PractiseRestricted => "限制从业",
        PenaltyMeasure.ProductionSuspended => "责令停产停业",
        PenaltyMeasure.LicenceRevoked => "吊销许可证件",
        PenaltyMeasure.Closure => "责令关闭",
        _ => v.ToString(),
    };

    public static string Of(CaseActKind v) => v switch
    {
        CaseActKind.OnSiteInspection => "现场检查笔录",
        CaseActKind.Inquiry => "询问笔录",
        CaseActKind.Sampling => "抽样记录",
        CaseActKind.Preservation => "先行登记保存现场记录",
        CaseActKind.ServiceOnSite => "现场送达记录",
        CaseActKind.DocumentaryEvidence => "书证",
        CaseActKind.PhysicalEvidence => "物证",
        CaseActKind.AudioVisual => "视听资料",
        CaseActKind.ElectronicData => "电子数据",
        CaseActKind.WitnessTestimony => "证人证言",
        CaseActKind.PartyStatement => "当事人陈述",
        CaseActKind.ExpertOpinion => "鉴定意见/检验报告",
        _ => v.ToString(),
    };

    public static string Of(CaseSource v) => v switch
    {
        CaseSource.Inspection => "监督检查发现",
        CaseSource.Complaint => "投诉举报",
        CaseSource.Referral => "其他部门移送",
        CaseSource.Assigned => "上级交办",
        CaseSource.Other => "其他",
        _ => v.ToString(),
    };

    public static string Of(CaseOutcome v) => v switch
    {
        CaseOutcome.Penalty => "给予行政处罚",
        CaseOutcome.NoPenalty => "不予行政处罚",
        CaseOutcome.SummaryPenalty => "简易程序当场处罚",
        _ => v.ToString(),
    };

    public static string Of(CaseProcedure v) => v == CaseProcedure.Summary ? "简易程序" : "普通程序";

    public static string Of(ServiceMethod v) => v switch
    {
        ServiceMethod.Direct => "直接送达",
        ServiceMethod.LeftWithWitness => "留置送达",
        ServiceMethod.Post => "邮寄送达",
        ServiceMethod.Electronic => "电子送达",
        ServiceMethod.PublicNotice => "公告送达",
        _ => v.ToString(),
    };

    public static string Of(ReviewOutcome v) => v == ReviewOutcome.Approved ? "审核通过" : "退回补正";

    public static string Of(PaymentKind v) => v switch
    {
        PaymentKind.Fine => "罚款",
        PaymentKind.ConfiscatedGains => "没收违法所得",
        PaymentKind.Surcharge => "加处罚款",
        _ => v.ToString(),
    };

    public static string Of(RemedyKind v) => v == RemedyKind.Reconsideration ? "行政复议" : "行政诉讼";

    /// <summary>Parses an enum from its code (<c>Fine</c>) or Chinese name (<c>罚款</c>); null when neither.</summary>
    public static T? Parse<T>(string? value, Func<T, string> chinese)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(chinese);
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        foreach (var c in Enum.GetValues<T>())
        {
            if (string.Equals(c.ToString(), v, StringComparison.OrdinalIgnoreCase) || chinese(c) == v)
            {
                return c;
            }
        }

        return null;
    }

    public static PenaltyMeasure? ParseMeasure(string? value) => Parse<PenaltyMeasure>(value, Of);
}
