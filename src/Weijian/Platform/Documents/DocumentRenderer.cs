using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Weijian.Platform.Rules;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Weijian.Platform.Documents;

/// <summary>What a rendering needs besides template and content: the verification link for the QR code (none for a preview) and the fonts.</summary>
public sealed record DocumentRenderOptions(string? VerificationUrl, DocumentFonts Fonts)
{
    public static DocumentRenderOptions Preview { get; } = new(null, DocumentFonts.Official);
}

/// <summary>
/// Renders a template with its content into a Word .docx in the layout of 党政机关公文格式 (GB/T 9704) as 卫生行政执法文书
/// (卫生部令第87号, R-PEN-33) use it: A4 with margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; the authority's name,
/// the title in 方正小标宋 and the document number line under it; body in 仿宋 三号 on a 28 pt line; bordered grids and
/// tables; the page number “— 1 —” in the footer; and, for an issued document, a QR code linking to its public
/// verification page with the caption “扫码核验文书真伪” and the link as text.
/// </summary>
public static class DocumentRenderer
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string QrCaption = "扫码核验文书真伪";

    // Twentieths of a point (twips): A4 and the GB/T 9704 margins.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 2098;    // 37 mm
    private const int MarginBottom = 1984; // 35 mm
    private const int MarginLeft = 1587;   // 28 mm
    private const int MarginRight = 1474;  // 26 mm
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    // Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt.
    private const int TitleSize = 44;
    private const int BodySize = 32;
    private const int TableSize = 24;
    private const int NoteSize = 21;
    private const int CaptionSize = 18;

    private const int BodyLine = 560;        // exact 28 pt, the 公文 line pitch for 三号
    private const int BodyIndent = 640;      // two 三号 characters
    private const int SignTab = 4480;       // fourteen 三号 characters: the longest sign-line label
    private const long QrSizeEmu = 828000;   // 23 mm
    private const string IdeographicSpace = "\u3000";

    /// <summary>
    /// Renders the document. Every required field and row list must have content, otherwise nothing is produced and
    /// the rule violation names each missing item in Chinese.
    /// </summary>
    public static byte[] Render(DocumentTemplate template, DocumentContent content, DocumentRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        EnsureComplete(template, content);

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = template.Title;
            var main = package.AddMainDocumentPart();
            var fonts = options.Fonts;
            AddStyles(main, fonts);
            AddFontTable(main, fonts);
            var footer = AddFooter(main, fonts);

            var body = new Body();
            var writer = new BodyWriter(body, fonts);
            writer.Header(DocumentTemplate.Fill(template.Header, content));
            writer.Title(template.Title);
            if (template.Nature is not null && content.Field("doc.number") is { } number)
            {
                writer.NumberLine(number);
            }

            foreach (var block in template.Blocks.Where(b => b.AppliesTo(content)))
            {
                writer.Block(block, content);
            }

            if (options.VerificationUrl is { } url)
            {
                writer.VerificationCode(main, url);
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin
                {
                    Top = MarginTop,
                    Bottom = MarginBottom,
                    Left = MarginLeft,
                    Right = MarginRight,
                    Header = 851,
                    Footer = 992,
                    Gutter = 0,
                }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The fields and row lists a template requires that the content lacks (empty when complete).</summary>
    public static IReadOnlyList<string> Missing(DocumentTemplate template, DocumentContent content)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(content);
        return template.Required.Where(k => !content.Has(k)).ToList();
    }

    /// <summary>Throws <c>document.field-required</c> naming every missing item (except those in <paramref name="except"/>).</summary>
    public static void EnsureComplete(DocumentTemplate template, DocumentContent content, params string[] except)
    {
        var missing = Missing(template, content).Except(except, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join("、", missing.Select(k => $"{DocumentFields.LabelOf(k)}（{k}）"));
            throw new DomainRuleException("document.field-required", $"生成《{template.Title}》缺少必填内容：{names}") { Fields = [.. missing] };
        }
    }

    private static void AddStyles(MainDocumentPart main, DocumentFonts fonts)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(fonts.Body, fonts.Latin),
                    new FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = BodyLine.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(Borders()))
            {
                Type = StyleValues.Table,
                StyleId = "TableGrid",
            });
    }

    /// <summary>The font table names each font with its fallback (altName), the GB2312 charset and its family, so an office suite lacking the official font substitutes a CJK one rather than drawing boxes.</summary>
    private static void AddFontTable(MainDocumentPart main, DocumentFonts fonts)
    {
        var table = main.AddNewPart<FontTablePart>();
        var list = new Fonts();
        foreach (var name in new[] { fonts.Title, fonts.Body, fonts.Heading, fonts.Latin }.Distinct(StringComparer.Ordinal))
        {
            var font = new Font { Name = name };
            if (DocumentFonts.FallbackOf(name) is { } fallback)
            {
                font.Append(new AltName { Val = fallback });
            }

            var cjk = name.Any(c => c > 0x2E80) || name.Contains("CJK", StringComparison.Ordinal);
            if (cjk)
            {
                font.Append(new FontCharSet { Val = "86" });
            }

            font.Append(new FontFamily { Val = name == fonts.Heading ? FontFamilyValues.Swiss : FontFamilyValues.Roman });
            font.Append(new Pitch { Val = FontPitchValues.Variable });
            list.Append(font);
        }

        table.Fonts = list;
    }

    /// <summary>The page number “— 1 —” centred in the footer (GB/T 9704 uses 4号 Arabic numerals between em dashes).</summary>
    private static FooterPart AddFooter(MainDocumentPart main, DocumentFonts fonts)
    {
        var part = main.AddNewPart<FooterPart>();
        RunProperties Props() => new(Fonts(fonts.Body, fonts.Latin), new FontSize { Val = "28" });
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(Props(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(Props(), new Text("1"))) { Instruction = " PAGE " },
            new Run(Props(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        part.Footer.Save();
        return part;
    }

    private static RunFonts Fonts(string eastAsia, string latin) =>
        new() { EastAsia = eastAsia, Ascii = latin, HighAnsi = latin, ComplexScript = latin, Hint = FontTypeHintValues.EastAsia };

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 6 },
        new LeftBorder { Val = BorderValues.Single, Size = 6 },
        new BottomBorder { Val = BorderValues.Single, Size = 6 },
        new RightBorder { Val = BorderValues.Single, Size = 6 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 6 },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 6 });

    private static IEnumerable<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());

    /// <summary>Appends the blocks of one document to its body.</summary>
    private sealed class BodyWriter(Body body, DocumentFonts fonts)
    {
        private uint _drawingId;

        public void Header(string text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                body.Append(Para(JustificationValues.Center, 0, BodyLine, false, Run(text, fonts.Title, BodySize)));
            }
        }

        public void Title(string title) =>
            body.Append(Para(JustificationValues.Center, 0, 0, false, Run(title, fonts.Title, TitleSize)));

        public void NumberLine(string number)
        {
            var p = Para(JustificationValues.Right, 0, BodyLine, false, Run(number, fonts.Body, BodySize));
            p.ParagraphProperties!.SpacingBetweenLines!.After = "240";
            body.Append(p);
        }

        public void Block(DocumentBlock block, DocumentContent content)
        {
            switch (block.Kind)
            {
                case DocumentBlockKind.Heading:
                    foreach (var line in Lines(DocumentTemplate.Fill(block.Text, content)))
                    {
                        body.Append(Para(JustificationValues.Left, block.Indent ? BodyIndent : 0, BodyLine, false, Run(line, fonts.Heading, BodySize)));
                    }

                    break;
                case DocumentBlockKind.Paragraph:
                    foreach (var line in Lines(DocumentTemplate.Fill(block.Text, content)))
                    {
                        body.Append(Para(Justify(block.Align), block.Indent ? BodyIndent : 0, BodyLine, false, Run(line, fonts.Body, BodySize, block.Bold)));
                    }

                    break;
                case DocumentBlockKind.Note:
                    foreach (var line in Lines(DocumentTemplate.Fill(block.Text, content)))
                    {
                        body.Append(Para(Justify(block.Align), 0, 0, false, Run(line, fonts.Body, NoteSize, block.Bold)));
                    }

                    break;
                case DocumentBlockKind.Seal:
                    var authority = DocumentTemplate.Fill(block.Text, content);
                    body.Append(Para(JustificationValues.Right, 0, BodyLine, true, Run(authority + "（印章）", fonts.Body, BodySize)));
                    break;
                case DocumentBlockKind.Date:
                    body.Append(Para(JustificationValues.Right, 0, BodyLine, true, Run(DocumentTemplate.Fill(block.Text, content), fonts.Body, BodySize)));
                    break;
                case DocumentBlockKind.SignLine:
                    SignLine(block, content);
                    break;
                case DocumentBlockKind.Grid:
                    Grid(block, content);
                    break;
                case DocumentBlockKind.Table:
                    Table(block, content);
                    break;
                default:
                    throw new InvalidOperationException($"Unhandled block kind {block.Kind}");
            }
        }

        public void VerificationCode(MainDocumentPart main, string url)
        {
            var png = QrImages.Png(url);
            var image = main.AddImagePart(ImagePartType.Png);
            using (var source = new MemoryStream(png))
            {
                image.FeedData(source);
            }

            var picture = Para(JustificationValues.Right, 0, 0, false, new Run(Picture(main.GetIdOfPart(image), "核验二维码")));
            picture.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };
            picture.ParagraphProperties.InsertAt(new KeepNext(), 0);
            body.Append(picture);
            var caption = Para(JustificationValues.Right, 0, 0, false, Run(QrCaption, fonts.Body, CaptionSize));
            caption.ParagraphProperties!.InsertAt(new KeepNext(), 0);
            body.Append(caption);
            body.Append(Para(JustificationValues.Right, 0, 0, false, Run(url, fonts.Body, 16)));
        }

        /// <summary>“当事人（签名）：____  年 月 日”, the blanks of successive sign lines aligned on one tab stop.</summary>
        private void SignLine(DocumentBlock block, DocumentContent content)
        {
            var blank = Run(string.Concat(Enumerable.Repeat(IdeographicSpace, 7)), fonts.Body, BodySize);
            blank.RunProperties!.Append(new Underline { Val = UnderlineValues.Single });
            var runs = new List<OpenXmlElement>
            {
                Run(DocumentTemplate.Fill(block.Text, content) + "：", fonts.Body, BodySize),
                new Run(new TabChar()),
                blank,
            };
            if (block.WithDate)
            {
                runs.Add(Run($"{IdeographicSpace}{IdeographicSpace}年{IdeographicSpace}{IdeographicSpace}月{IdeographicSpace}{IdeographicSpace}日", fonts.Body, BodySize));
            }

            var p = Para(JustificationValues.Left, 0, BodyLine, false, [.. runs]);
            p.ParagraphProperties!.InsertAt(new Tabs(new TabStop { Val = TabStopValues.Left, Position = SignTab }), 0);
            body.Append(p);
        }

        private void Grid(DocumentBlock block, DocumentContent content)
        {
            // perRow 1: label | value; perRow 2: label | value | label | value. A spanning cell takes the whole row.
            var columns = block.PerRow == 1
                ? new[] { TextWidth * 24 / 100, TextWidth - (TextWidth * 24 / 100) }
                : new[] { TextWidth * 17 / 100, TextWidth * 33 / 100, TextWidth * 17 / 100, TextWidth - (TextWidth * 67 / 100) };
            var table = NewTable(columns);
            TableRow? row = null;
            var used = 0;
            foreach (var cell in block.Cells)
            {
                if (row is null || used == block.PerRow || (cell.Span && used > 0))
                {
                    CloseRow(row, used, block.PerRow, columns);
                    row = NewRow();
                    table.Append(row);
                    used = 0;
                }

                row.Append(Cell(columns[used * 2], DocumentTemplate.Fill(cell.Label, content), center: true, bold: true));
                if (cell.Span)
                {
                    row.Append(Cell(columns.Skip((used * 2) + 1).Sum(), DocumentTemplate.Fill(cell.Value, content), span: columns.Length - 1 - (used * 2)));
                    used = block.PerRow;
                }
                else
                {
                    row.Append(Cell(columns[(used * 2) + 1], DocumentTemplate.Fill(cell.Value, content)));
                    used++;
                }
            }

            CloseRow(row, used, block.PerRow, columns);
            body.Append(table);
            body.Append(Spacer());
        }

        /// <summary>Fills the rest of a half-used two-pair row so the grid stays rectangular.</summary>
        private void CloseRow(TableRow? row, int used, int perRow, int[] columns)
        {
            if (row is not null && used < perRow)
            {
                row.Append(Cell(columns.Skip(used * 2).Sum(), "", span: columns.Length - (used * 2)));
            }
        }

        private void Table(DocumentBlock block, DocumentContent content)
        {
            var total = block.Columns.Sum(c => c.Width);
            var widths = block.Columns.Select(c => TextWidth * c.Width / total).ToArray();
            widths[^1] = TextWidth - widths[..^1].Sum();
            var table = NewTable(widths);
            var header = NewRow();
            header.TableRowProperties!.Append(new TableHeader());
            for (var i = 0; i < widths.Length; i++)
            {
                header.Append(Cell(widths[i], DocumentTemplate.Fill(block.Columns[i].Header, content), center: true, bold: true));
            }

            table.Append(header);
            var rows = content.RowsOf(block.Rows!);
            foreach (var values in rows)
            {
                var row = NewRow();
                for (var i = 0; i < widths.Length; i++)
                {
                    row.Append(Cell(widths[i], DocumentTemplate.Fill(block.Columns[i].Value, content, values)));
                }

                table.Append(row);
            }

            if (rows.Count == 0)
            {
                var row = NewRow();
                row.Append(Cell(TextWidth, block.Empty is null ? "" : DocumentTemplate.Fill(block.Empty, content), center: true, span: widths.Length));
                table.Append(row);
            }

            body.Append(table);
            body.Append(Spacer());
        }

        private static Table NewTable(int[] widths)
        {
            var table = new Table(new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })));
            table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
            return table;
        }

        /// <summary>A row at least 8 mm high, so an empty cell can still be filled in by hand.</summary>
        private static TableRow NewRow() =>
            new(new TableRowProperties(new TableRowHeight { Val = 454, HeightType = HeightRuleValues.AtLeast }, new CantSplit()));

        private TableCell Cell(int width, string text, bool center = false, bool bold = false, int span = 1)
        {
            var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (span > 1)
            {
                props.Append(new GridSpan { Val = span });
            }

            props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var cell = new TableCell(props);
            foreach (var line in Lines(text))
            {
                var p = Para(center ? JustificationValues.Center : JustificationValues.Left, 0, 0, false, Run(line, bold ? fonts.Heading : fonts.Body, TableSize));
                cell.Append(p);
            }

            return cell;
        }

        private Paragraph Spacer() => Para(JustificationValues.Left, 0, 0, false, Run("", fonts.Body, NoteSize));

        /// <summary>A paragraph; <paramref name="line"/> 0 = single spacing, otherwise an exact line pitch; <paramref name="rightGap"/> keeps signatures off the right margin.</summary>
        private static Paragraph Para(JustificationValues align, int firstLine, int line, bool rightGap, params OpenXmlElement[] runs)
        {
            var spacing = line == 0
                ? new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }
                : new SpacingBetweenLines { After = "0", Line = line.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact };
            var props = new ParagraphProperties(spacing);
            if (firstLine > 0 || rightGap)
            {
                var indentation = new Indentation();
                if (firstLine > 0)
                {
                    indentation.FirstLine = firstLine.ToString(CultureInfo.InvariantCulture);
                }

                if (rightGap)
                {
                    indentation.Right = (BodyIndent * 2).ToString(CultureInfo.InvariantCulture);
                }

                props.Append(indentation);
            }

            props.Append(new Justification { Val = align });
            var p = new Paragraph(props);
            p.Append(runs);
            return p;
        }

        private Run Run(string text, string eastAsia, int size, bool bold = false)
        {
            var props = new RunProperties(Fonts(eastAsia, fonts.Latin));
            if (bold)
            {
                props.Append(new Bold());
            }

            props.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
            return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }

        private static JustificationValues Justify(DocumentAlign align) => align switch
        {
            DocumentAlign.Left => JustificationValues.Left,
            DocumentAlign.Center => JustificationValues.Center,
            DocumentAlign.Right => JustificationValues.Right,
            _ => JustificationValues.Both,
        };

        private Drawing Picture(string relationshipId, string name)
        {
            var id = ++_drawingId;
            return new Drawing(new DW.Inline(
                new DW.Extent { Cx = QrSizeEmu, Cy = QrSizeEmu },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = id, Name = name, Description = QrCaption },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(
                            new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png" },
                            new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = QrSizeEmu, Cy = QrSizeEmu }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            });
        }
    }
}
