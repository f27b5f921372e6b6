namespace Weijian.Platform.Documents;

/// <summary>A named list of rows a template table binds to (物品清单, 送达文书, 卷内目录 …) and the keys of its columns.</summary>
public sealed record DocumentRowList(string Name, string Label, IReadOnlyDictionary<string, string> Columns);

/// <summary>
/// The catalogue of content keys a template may use: every <c>{{key}}</c> placeholder, every <c>required</c> entry and
/// every <c>when</c> condition must name a key here (or a row list), so a misspelt placeholder fails when the templates
/// load and in the unit test over all templates — never as a silently blank line in an issued document. The Chinese
/// label names the missing content in error messages. Callers fill the values; <c>doc.number</c> and <c>doc.date</c>
/// are filled by <c>DocumentIssuer</c>, <c>org.name</c> defaults to the issuing organisation's name.
/// </summary>
public static class DocumentFields
{
    public const string RowPrefix = "row.";

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The issuing authority and the document itself.
        ["org.name"] = "执法机关名称",
        ["org.address"] = "执法机关地址",
        ["org.contact"] = "执法机关联系人",
        ["org.phone"] = "执法机关联系电话",
        ["doc.number"] = "文书编号",
        ["doc.date"] = "文书日期",

        // 监督检查 (Inspections/Visits): 卫生监督意见书, 责令改正通知书.
        ["inspection.number"] = "检查编号",
        ["inspection.date"] = "检查日期",
        ["inspection.items"] = "检查事项",
        ["inspection.officers"] = "检查人员及执法证号",
        ["inspection.findings"] = "检查情况",
        ["inspection.opinion"] = "卫生监督意见",
        ["inspection.grade"] = "量化分级",
        ["correction.deadline"] = "改正期限",
        ["correction.requirement"] = "改正要求",

        // The case.
        ["case.number"] = "案件编号",
        ["case.cause"] = "案由",
        ["case.source"] = "案件来源",
        ["case.receivedOn"] = "受理日期",
        ["case.filedOn"] = "立案日期",
        ["case.closedOn"] = "结案日期",
        ["case.specialty"] = "专业类别",
        ["case.summary"] = "简要案情",
        ["case.handlers"] = "承办人",
        ["case.result"] = "处理结果",

        // 案件受理记录.
        ["intake.reporter"] = "投诉举报人或移送单位",
        ["intake.contact"] = "联系方式",
        ["intake.receiver"] = "受理人",
        ["intake.opinion"] = "受理意见",
        ["filing.opinion"] = "承办人意见",

        // The party (当事人).
        ["party.name"] = "当事人名称或姓名",
        ["party.kind"] = "当事人类型",
        ["party.creditCode"] = "统一社会信用代码或身份证号码",
        ["party.legalRepresentative"] = "法定代表人或负责人",
        ["party.address"] = "当事人地址",
        ["party.phone"] = "当事人联系电话",

        // 现场笔录, 询问笔录.
        ["record.startedAt"] = "开始时间",
        ["record.endedAt"] = "结束时间",
        ["record.place"] = "地点",
        ["record.officers"] = "执法人员及执法证件号",
        ["record.subject"] = "检查或询问事项",
        ["record.content"] = "笔录内容",
        ["record.recorder"] = "记录人",
        ["record.witness"] = "在场人或见证人",
        ["record.respondent"] = "被询问人",
        ["record.respondentIdNumber"] = "被询问人身份证号码",
        ["record.respondentPosition"] = "被询问人工作单位及职务",
        ["record.respondentPhone"] = "被询问人联系电话",
        ["record.respondentAddress"] = "被询问人住址",

        // 先行登记保存.
        ["preservation.period"] = "先行登记保存期限",
        ["preservation.place"] = "保存地点",

        // Findings and the penalty.
        ["facts"] = "违法事实",
        ["evidence"] = "证据",
        ["violatedProvision"] = "违反的法律规定",
        ["penaltyBasis"] = "处罚依据",
        ["penalty.text"] = "处罚内容",
        ["discretion.reasoning"] = "裁量理由",
        ["defense.summary"] = "陈述申辩及采纳情况",
        ["rights.text"] = "其他权利告知",

        // 听证.
        ["hearing.requestDeadline"] = "听证申请期限",
        ["hearing.time"] = "听证时间",
        ["hearing.place"] = "听证地点",
        ["hearing.presiding"] = "听证主持人",
        ["hearing.clerk"] = "听证记录员",
        ["hearing.participants"] = "听证参加人",
        ["hearing.transcript"] = "听证经过",

        // 法制审核 (R-PEN-20).
        ["review.reviewer"] = "法制审核人员",
        ["review.opinion"] = "法制审核意见",
        ["review.outcome"] = "审核结论",
        ["review.draftVersion"] = "审核的决定书稿版本",

        // 集体讨论.
        ["discussion.time"] = "讨论时间",
        ["discussion.place"] = "讨论地点",
        ["discussion.host"] = "主持人",
        ["discussion.attendees"] = "参加人员",
        ["discussion.recusals"] = "回避情况",
        ["discussion.conclusion"] = "讨论决定",

        // Payment and remedies (R-PEN-22, R-PEN-26, R-PEN-27).
        ["payment.bank"] = "指定缴款银行或缴款方式",
        ["payment.text"] = "缴款补充说明",
        ["remedy.reviewBody"] = "行政复议机关",
        ["remedy.court"] = "管辖人民法院",
        ["remedy.text"] = "救济补充说明",

        // 不予行政处罚.
        ["noPenalty.reason"] = "不予处罚的理由",
        ["noPenalty.basis"] = "不予处罚的依据",

        // 送达 (R-PEN-24, R-PEN-25).
        ["service.method"] = "送达方式",
        ["service.recipient"] = "受送达人",
        ["service.date"] = "送达时间",
        ["service.place"] = "送达地点",
        ["service.witness"] = "见证人",
        ["service.officers"] = "送达人",
        ["service.note"] = "送达备注",

        // An earlier decision a document refers to (催告书, 信用修复告知书, 合规建议书).
        ["decision.number"] = "处罚决定书文号",
        ["decision.date"] = "处罚决定日期",

        // 催告 (R-PEN-28), 移送 (R-PEN-30).
        ["reminder.amountDue"] = "应缴罚没款金额",
        ["reminder.surcharge"] = "加处罚款金额",
        ["reminder.deadline"] = "催告履行期限",
        ["referral.receiver"] = "移送接收机关",
        ["referral.reason"] = "移送理由",

        // 结案, 信用修复, 合规建议 (R-PEN-34).
        ["closing.summary"] = "案件办理情况",
        ["closing.execution"] = "执行情况",
        ["closing.opinion"] = "结案意见",
        ["credit.grade"] = "失信程度",
        ["credit.period"] = "公示期限",
        ["credit.repair"] = "信用修复条件与途径",
        ["credit.source"] = "失信信息类别",

        // 准予/不予信用修复决定书 (R-CRD-2).
        ["repair.appliedOn"] = "信用修复申请日期",
        ["repair.reasons"] = "信用修复决定理由",
        ["compliance.advice"] = "合规建议",

        // 案卷.
        ["archive.number"] = "归档号",
        ["archive.date"] = "归档日期",
        ["archive.retention"] = "保管期限",

        // 许可证 (Licensing/Licenses): 撤销行政许可决定书, 注销公告, 许可证到期提醒 (R-LIC-8, R-LIC-9).
        ["licence.number"] = "许可证号",
        ["licence.scope"] = "许可项目",
        ["licence.issuedOn"] = "发证日期",
        ["licence.validUntil"] = "有效期至",
        ["revocation.grounds"] = "撤销理由",
        ["revocation.reason"] = "撤销的事实",
        ["revocation.basis"] = "撤销依据",
        ["cancellation.ground"] = "注销情形",
        ["cancellation.date"] = "注销日期",
        ["renewal.cutoff"] = "延续申请截止日期",

        // 行政许可申请 (Licensing/Applications): 受理通知书, 不予受理决定书, 一次性告知书, 容缺受理通知书, 延期告知书,
        // 特殊程序告知书, 听证通知书, 准予/不予行政许可决定书, 告知承诺书, 许可证件 (R-LIC-2…7, R-LIC-11/12/14).
        ["application.number"] = "受理编号",
        ["application.item"] = "申请事项",
        ["application.scope"] = "申请许可的项目或范围",
        ["application.receivedOn"] = "收到申请材料日期",
        ["application.acceptedOn"] = "受理日期",
        ["application.statutoryDays"] = "法定办理时限",
        ["application.legalDueOn"] = "法定办结期限",
        ["application.promisedDueOn"] = "承诺办结期限",
        ["intake.finding"] = "受理审查情况",
        ["intake.refusalReason"] = "不予受理的理由",
        ["intake.rightAuthority"] = "有权受理的机关",
        ["intake.note"] = "不予受理说明",
        ["deficiency.deadline"] = "补正期限",
        ["rongque.dueOn"] = "容缺材料补齐期限",
        ["extension.reason"] = "延长期限的理由",
        ["extension.approver"] = "批准延长的负责人",
        ["extension.newDueOn"] = "延长后的办结期限",
        ["procedure.kind"] = "特殊程序种类",
        ["procedure.reason"] = "特殊程序或听证事由",
        ["procedure.from"] = "不计入期限的起始日期",
        ["licensing.reason"] = "许可决定理由",
        ["licensing.decisionNumber"] = "许可决定文号",
        ["commitment.conditions"] = "许可条件",
        ["commitment.obligations"] = "承诺事项",
        // 法治政府建设年度报告 (Reports/AnnualReports, R-PUB-3): the five sections, already with the figures' values.
        ["report.year"] = "报告年度",
        ["report.scope"] = "统计范围",
        ["report.measures"] = "主要举措和成效",
        ["report.shortcomings"] = "存在的不足和原因",
        ["report.leadership"] = "党政主要负责人履行推进法治建设第一责任人职责情况",
        ["report.plans"] = "下一年度主要安排",
        ["report.other"] = "其他",

        // Approval by the head (负责人审批).
        ["approval.opinion"] = "负责人审批意见",
        ["approval.approver"] = "审批人",
        ["approval.date"] = "审批日期",
    };

    public static IReadOnlyDictionary<string, DocumentRowList> RowLists { get; } = new[]
    {
        new DocumentRowList("items", "物品清单", Columns(("name", "物品名称"), ("spec", "规格"), ("quantity", "数量"), ("note", "备注"))),
        new DocumentRowList("opinions", "讨论意见", Columns(("person", "发言人"), ("opinion", "意见"))),
        new DocumentRowList("served", "送达文书", Columns(("name", "文书名称"), ("number", "文书编号"))),
        new DocumentRowList("referralItems", "移送材料", Columns(("name", "材料名称"), ("quantity", "数量"), ("note", "备注"))),
        new DocumentRowList("deficiencies", "需补正的材料", Columns(("order", "序号"), ("kind", "类别"), ("content", "需补正或补齐的材料、内容"))),
        new DocumentRowList("reportFigures", "统计指标", Columns(("name", "指标"), ("unit", "单位"), ("current", "本年"), ("previous", "上年"), ("change", "增减"))),
        new DocumentRowList("index", "卷内目录", Columns(("order", "序号"), ("name", "文件名称"), ("number", "文号"), ("date", "日期"), ("pages", "页号"))),
    }.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The Chinese label of a field or row list key (the key itself when unknown).</summary>
    public static string LabelOf(string key) =>
        Labels.TryGetValue(key, out var label) ? label : RowLists.TryGetValue(key, out var rows) ? rows.Label : key;

    public static bool IsField(string key) => Labels.ContainsKey(key);

    public static bool IsRowList(string key) => RowLists.ContainsKey(key);

    private static Dictionary<string, string> Columns(params (string Key, string Label)[] columns) =>
        columns.ToDictionary(c => c.Key, c => c.Label, StringComparer.Ordinal);
}
