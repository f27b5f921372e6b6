using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Weijian.Platform.Documents;
using Weijian.Platform.Rules;

namespace Weijian.Tests.Platform.Documents;

/// <summary>
/// Templates are data (DESIGN §5 "Documents", docs/adr/0006): every shipped template loads, uses only catalogued
/// placeholders, has a full sample model that renders, and refuses incomplete content; malformed templates are refused
/// when loaded, never printed with blanks.
/// </summary>
public sealed class DocumentTemplateTests
{
    private static readonly string TemplateDirectory = Path.Combine(RepositoryRoot.Path, "data", "documents");
    private static readonly string SampleDirectory = Path.Combine(RepositoryRoot.Path, "tests", "Weijian.Tests", "Platform", "Documents", "Samples");
    private static readonly DocumentTemplates Templates = DocumentTemplates.LoadDirectory(TemplateDirectory);

    /// <summary>The documents the Enforcement module issues (R-PEN-33 forms, R-PEN-34 三书同达) and their numbering nature.</summary>
    public static TheoryData<string, string?> EnforcementDocuments => new()
    {
        { "case-acceptance", null }, { "case-filing", null }, { "field-record", null }, { "inquiry-record", null },
        { "preservation-decision", "保" }, { "penalty-notice", "告" }, { "hearing-notice", "听" }, { "hearing-summons", "听通" },
        { "hearing-record", null }, { "legal-review-opinion", "审" }, { "collective-discussion", null }, { "penalty-decision", "罚" },
        { "no-penalty-decision", "不罚" }, { "service-receipt", null }, { "payment-reminder", "催" }, { "criminal-referral", "移" },
        { "case-closing", null }, { "credit-repair-notice", "信" }, { "compliance-advice", "建" }, { "case-file-cover", null },
        { "case-file-index", null }, { "investigation-report", null },
    };

    /// <summary>
    /// The documents a license application issues (R-LIC-2…7, R-LIC-11/12/14) and their numbering nature after the
    /// R-PEN-33 pattern (冷卫许受〔2026〕12号); the 承诺书 and the 许可证件 carry no document number (the license number is theirs).
    /// </summary>
    public static TheoryData<string, string?> LicensingDocuments => new()
    {
        { "licence-acceptance", "许受" }, { "licence-non-acceptance", "不受" }, { "licence-deficiency-notice", "许补" },
        { "licence-conditional-acceptance", "许容" }, { "licence-extension-notice", "许延" }, { "licence-special-procedure-notice", "许特" },
        { "licence-hearing-notice", "许听" }, { "licence-grant-decision", "许准" }, { "licence-refusal-decision", "不许" },
        { "licence-commitment", null }, { "licence-certificate", null },
    };

    /// <summary>The 信用修复决定书 the Credit module issues with a repair decision (R-CRD-2), numbered like every decision.</summary>
    public static TheoryData<string, string?> CreditDocuments => new()
    {
        { "credit-repair-approval", "信修" }, { "credit-repair-refusal", "不修" },
    };

    public static TheoryData<string> TemplateKeys => new(Templates.All.Select(t => t.Key).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(EnforcementDocuments))]
    public void Every_enforcement_document_has_a_template_with_its_numbering_nature(string key, string? nature)
    {
        var template = Templates.Get(key);
        template.Nature.ShouldBe(nature);
        template.Title.ShouldNotBeNullOrWhiteSpace();
        if (nature is not null)
        {
            template.Required.ShouldContain("doc.number", "a numbered document cannot be rendered without its number (R-PEN-33)");
        }
    }

    [Theory]
    [MemberData(nameof(LicensingDocuments))]
    public void Every_licensing_document_has_a_template_with_its_numbering_nature(string key, string? nature) =>
        Every_enforcement_document_has_a_template_with_its_numbering_nature(key, nature);

    [Theory]
    [MemberData(nameof(CreditDocuments))]
    public void Every_credit_document_has_a_template_with_its_numbering_nature(string key, string? nature) =>
        Every_enforcement_document_has_a_template_with_its_numbering_nature(key, nature);

    [Fact]
    public void A_credit_repair_decision_names_the_record_and_its_reasons_and_only_the_refusal_states_the_remedies_R_CRD_2()
    {
        var approval = BodyText(DocumentRenderer.Render(Templates.Get("credit-repair-approval"), Sample("credit-repair-approval"), DocumentRenderOptions.Preview));
        approval.ShouldContain("冷卫公罚〔2026〕12号");
        approval.ShouldContain("准予信用修复");
        approval.ShouldContain("停止公示");
        approval.ShouldNotContain("行政复议");
        var refusal = BodyText(DocumentRenderer.Render(Templates.Get("credit-repair-refusal"), Sample("credit-repair-refusal"), DocumentRenderOptions.Preview));
        refusal.ShouldContain("冷卫公罚〔2026〕12号");
        refusal.ShouldContain("不予信用修复");
        refusal.ShouldContain("继续公示");
    }

    [Theory]
    [InlineData("licence-refusal-decision")]
    [InlineData("licence-non-acceptance")]
    [InlineData("credit-repair-refusal")]
    public void Refusals_state_the_rights_of_reconsideration_within_60_days_and_suit_within_6_months(string key)
    {
        // R-LIC-5, R-CRD-2: a refusal is written, reasoned and states the 复议/诉讼 rights.
        var text = BodyText(DocumentRenderer.Render(Templates.Get(key), Sample(key), DocumentRenderOptions.Preview));
        text.ShouldContain("六十日内");
        text.ShouldContain("行政复议");
        text.ShouldContain("六个月内");
        text.ShouldContain("行政诉讼");
    }

    [Fact]
    public void Every_placeholder_of_every_shipped_template_is_a_catalogued_field()
    {
        // LoadDirectory already refuses unknown placeholders; this proves it over the files as shipped, key by key.
        foreach (var template in Templates.All)
        {
            foreach (var key in template.FieldKeys)
            {
                DocumentFields.IsField(key).ShouldBeTrue($"{template.Key} uses the unknown placeholder {{{{{key}}}}}");
            }

            foreach (var table in template.Blocks.Where(b => b.Kind == DocumentBlockKind.Table))
            {
                var columns = DocumentFields.RowLists[table.Rows!].Columns;
                foreach (var key in table.Columns.SelectMany(c => DocumentTemplate.Placeholders(c.Value)).Where(k => k.StartsWith("row.", StringComparison.Ordinal)))
                {
                    columns.ContainsKey(key["row.".Length..]).ShouldBeTrue($"{template.Key}: {key}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TemplateKeys))]
    public void Every_template_renders_its_full_sample_with_title_number_and_every_sample_value(string key)
    {
        var template = Templates.Get(key);
        var content = Sample(key);
        foreach (var field in template.FieldKeys)
        {
            content.Field(field).ShouldNotBeNull($"the sample of {key} should fill {{{{{field}}}}} so every block is rendered");
        }

        var bytes = DocumentRenderer.Render(template, content, new DocumentRenderOptions("https://wj.example.gov.cn/verify/0196", DocumentFonts.Official));
        using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            // Schema-valid WordprocessingML: Word opens it without "unreadable content" repairs.
            new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        var text = BodyText(bytes);
        text.ShouldContain(template.Title);
        if (template.Nature is not null)
        {
            text.ShouldContain(content.Field("doc.number")!);
        }

        foreach (var field in template.FieldKeys)
        {
            foreach (var line in content.Field(field)!.Split('\n').Where(l => l.Length > 0))
            {
                text.ShouldContain(line, customMessage: $"{key}: {field}");
            }
        }

        foreach (var table in template.Blocks.Where(b => b.Kind == DocumentBlockKind.Table))
        {
            foreach (var row in content.RowsOf(table.Rows!))
            {
                text.ShouldContain(row.Values.First(v => v.Length > 0));
            }
        }
    }

    [Fact]
    public void Missing_required_content_is_refused_naming_each_item_in_chinese()
    {
        var template = Templates.Get("penalty-decision");
        var content = Sample("penalty-decision");
        var fields = content.Fields.Where(f => f.Key is not "facts" and not "remedy.court").ToDictionary();

        var e = Should.Throw<DomainRuleException>(() => DocumentRenderer.Render(template, content with { Fields = fields }, DocumentRenderOptions.Preview));
        e.Code.ShouldBe("document.field-required");
        e.Message.ShouldContain("《行政处罚决定书》");
        e.Message.ShouldContain("违法事实（facts）");
        e.Message.ShouldContain("管辖人民法院（remedy.court）");
        e.Fields.ShouldBe(["facts", "remedy.court"], ignoreOrder: true);
    }

    [Fact]
    public void A_required_row_list_must_have_rows()
    {
        var content = Sample("service-receipt");
        var e = Should.Throw<DomainRuleException>(() => DocumentRenderer.Render(
            Templates.Get("service-receipt"), content with { Rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>() }, DocumentRenderOptions.Preview));
        e.Fields.ShouldBe(["served"]);
        e.Message.ShouldContain("送达文书（served）");
    }

    [Fact]
    public void A_numbered_template_cannot_render_without_its_number()
    {
        var content = Sample("penalty-notice");
        var e = Should.Throw<DomainRuleException>(() => DocumentRenderer.Render(
            Templates.Get("penalty-notice"), content with { Fields = content.Fields.Where(f => f.Key != "doc.number").ToDictionary() }, DocumentRenderOptions.Preview));
        e.Fields.ShouldBe(["doc.number"]);
    }

    [Theory]
    [InlineData("""{"type": "paragraph", "text": "当事人：{{party.nmae}}"}""", "未登记的占位符 {{party.nmae}}")]
    [InlineData("""{"type": "paragraph", "text": "当事人：{{party.name}"}""", "不完整的占位符")]
    [InlineData("""{"type": "paragraph", "text": "{{row.name}}"}""", "只能用在表格")]
    [InlineData("""{"type": "table", "rows": "items", "columns": [{"header": "名称", "value": "{{row.colour}}"}]}""", "不是行列表 items 的列")]
    [InlineData("""{"type": "table", "rows": "goods", "columns": [{"header": "名称", "value": "{{row.name}}"}]}""", "不是已登记的行列表")]
    [InlineData("""{"type": "paragraph", "text": "x", "when": "party.nickname"}""", "条件“party.nickname”")]
    [InlineData("""{"type": "paragrahp", "text": "x"}""", "type“paragrahp”")]
    [InlineData("""{"type": "paragraph", "txet": "x"}""", "不是有效的 JSON")]
    [InlineData("""{"type": "grid", "perRow": 3, "cells": [{"label": "a", "value": "b"}]}""", "perRow")]
    public void A_malformed_template_is_refused_when_loaded(string block, string expected)
    {
        var json = $$"""{"key": "broken", "title": "测试文书", "blocks": [{{block}}]}""";
        var e = Should.Throw<DomainRuleException>(() => DocumentTemplates.Parse(json, "broken.json"));
        e.Code.ShouldBe("document.template-invalid");
        e.Message.ShouldContain("broken.json");
        e.Message.ShouldContain(expected);
    }

    [Fact]
    public void A_required_entry_must_be_a_catalogued_field_or_row_list()
    {
        var e = Should.Throw<DomainRuleException>(() => DocumentTemplates.Parse(
            """{"key": "broken", "title": "测试文书", "required": ["party.age"], "blocks": [{"type": "paragraph", "text": "x"}]}""", "broken.json"));
        e.Message.ShouldContain("party.age");
    }

    [Fact]
    public void The_hearing_paragraph_of_the_pre_decision_notice_appears_only_when_a_hearing_applies()
    {
        // R-PEN-15: statement and defence within 3 working days always; R-PEN-16/17: the hearing right (5 working days) only where it applies.
        var template = Templates.Get("penalty-notice");
        var content = Sample("penalty-notice");
        var withHearing = BodyText(DocumentRenderer.Render(template, content, DocumentRenderOptions.Preview));
        withHearing.ShouldContain("三个工作日内");
        withHearing.ShouldContain("五个工作日内（即2026年3月27日前）");
        withHearing.ShouldContain("不因你（单位）陈述、申辩而给予更重的处罚");

        var fields = content.Fields.Where(f => f.Key != "hearing.requestDeadline").ToDictionary();
        var without = BodyText(DocumentRenderer.Render(template, content with { Fields = fields }, DocumentRenderOptions.Preview));
        without.ShouldContain("三个工作日内");
        without.ShouldNotContain("听证");
    }

    [Fact]
    public void The_penalty_decision_states_the_contents_the_law_requires()
    {
        // R-PEN-22 (content of the decision), R-PEN-26 (15 days, 罚缴分离), R-PEN-27 (3% a day, capped at the fine).
        var text = BodyText(DocumentRenderer.Render(Templates.Get("penalty-decision"), Sample("penalty-decision"), DocumentRenderOptions.Preview));
        text.ShouldContain("当事人：冷水滩区星河湾大酒店有限公司");
        text.ShouldContain("地址：永州市冷水滩区凤凰路18号");
        text.ShouldContain("上述事实有以下证据证明");
        text.ShouldContain("依据《公共场所卫生管理条例实施细则》第三十八条的规定");
        text.ShouldContain("自收到本决定书之日起十五日内缴至");
        text.ShouldContain("罚缴分离");
        text.ShouldContain("每日按罚款数额的百分之三加处罚款");
        text.ShouldContain("六十日内向永州市冷水滩区人民政府申请行政复议");
        text.ShouldContain("六个月内直接向永州市冷水滩区人民法院提起行政诉讼");
        text.ShouldContain("永州市冷水滩区卫生健康局（印章）");
        text.ShouldContain("2026年4月8日");
    }

    [Fact]
    public void The_layout_is_a4_with_the_official_margins_fonts_page_numbers_and_a_qr_code_to_the_verification_page()
    {
        const string url = "https://wj.example.gov.cn/verify/01965f2e-0000-7000-8000-000000000001";
        var bytes = DocumentRenderer.Render(Templates.Get("penalty-decision"), Sample("penalty-decision"), new DocumentRenderOptions(url, DocumentFonts.Official));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = doc.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        ((uint)size.Width!, (uint)size.Height!).ShouldBe((11906u, 16838u));
        var margin = section.GetFirstChild<PageMargin>()!;
        ((int)margin.Top!, (int)margin.Bottom!, (uint)margin.Left!, (uint)margin.Right!).ShouldBe((2098, 1984, 1587u, 1474u));

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        defaults.EastAsia!.Value.ShouldBe("仿宋_GB2312");
        var fonts = main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        fonts["仿宋_GB2312"].GetFirstChild<AltName>()!.Val!.Value.ShouldBe("Noto Serif CJK SC");
        fonts["方正小标宋简体"].GetFirstChild<AltName>()!.Val!.Value.ShouldBe("Noto Serif CJK SC");
        main.Document.Body.Descendants<RunFonts>().Select(f => f.EastAsia?.Value).ShouldContain("方正小标宋简体");

        var footer = main.FooterParts.Single().Footer!;
        footer.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().ShouldBe("PAGE");
        footer.InnerText.ShouldStartWith("— ");

        main.ImageParts.Single().ContentType.ShouldBe("image/png");
        var text = main.Document.Body.InnerText;
        text.ShouldContain(DocumentRenderer.QrCaption);
        text.ShouldContain(url);
        main.Document.Body.Descendants<Table>().ShouldBeEmpty("the decision is running text, not a form");
    }

    [Fact]
    public void Forms_render_bordered_tables_and_a_preview_has_no_qr_code()
    {
        var bytes = DocumentRenderer.Render(Templates.Get("service-receipt"), Sample("service-receipt"), DocumentRenderOptions.Preview);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        body.Descendants<Table>().Count().ShouldBe(3);
        body.Descendants<TableBorders>().ShouldAllBe(b => b.GetFirstChild<TopBorder>()!.Val!.Value == BorderValues.Single);
        doc.MainDocumentPart.ImageParts.ShouldBeEmpty();
        body.InnerText.ShouldContain("冷卫公信〔2026〕12号");
    }

    [Fact]
    public void The_noto_font_setting_names_noto_fonts_directly()
    {
        var bytes = DocumentRenderer.Render(Templates.Get("case-file-cover"), Sample("case-file-cover"), new DocumentRenderOptions(null, DocumentFonts.Parse("noto")));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value
            .ShouldBe("Noto Serif CJK SC");
        Should.Throw<InvalidOperationException>(() => DocumentFonts.Parse("comic"));
    }

    internal static DocumentContent Sample(string key) =>
        DocumentContent.ParseJson(File.ReadAllText(Path.Combine(SampleDirectory, key + ".json"), Encoding.UTF8));

    private static string BodyText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
