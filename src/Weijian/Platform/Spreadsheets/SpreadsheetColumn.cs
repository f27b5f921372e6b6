namespace Weijian.Platform.Spreadsheets;

/// <summary>What a column holds: decides the cell format of the template and of exports.</summary>
public enum SpreadsheetCellKind
{
    /// <summary>Kept as text (codes, ID numbers: never a number, so no digits are lost to scientific notation).</summary>
    Text,

    /// <summary>A calendar date (yyyy-mm-dd).</summary>
    Date,

    /// <summary>A number.</summary>
    Number,
}

/// <summary>
/// One column of an import file, named by its Chinese header. The template's 填写说明 sheet is written from
/// <see cref="Description"/>, <see cref="AllowedValues"/> and <see cref="Example"/>.
/// </summary>
public sealed record SpreadsheetColumn(
    string Header,
    string Description,
    bool Required = false,
    string? AllowedValues = null,
    string? Example = null,
    SpreadsheetCellKind Kind = SpreadsheetCellKind.Text);
