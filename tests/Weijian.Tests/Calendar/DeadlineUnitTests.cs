using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;

namespace Weijian.Tests.Calendar;

public class DeadlineUnitTests
{
    // R-CAL-11 / glossary: 工作日 / 自然日 = WORKING_DAYS / CALENDAR_DAYS on the wire; the CLI uses short names.
    [Theory]
    [InlineData("CALENDAR_DAYS", DeadlineUnit.CalendarDays)]
    [InlineData("WORKING_DAYS", DeadlineUnit.WorkingDays)]
    [InlineData("MONTHS", DeadlineUnit.Months)]
    [InlineData("calendar", DeadlineUnit.CalendarDays)]
    [InlineData("working", DeadlineUnit.WorkingDays)]
    [InlineData("months", DeadlineUnit.Months)]
    [InlineData(" Working_Days ", DeadlineUnit.WorkingDays)]
    public void Wire_and_command_line_unit_names_parse(string text, DeadlineUnit unit)
    {
        DeadlineUnitNames.Parse(text).ShouldBe(unit);
        DeadlineUnitNames.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(unit);
    }

    // R-CAL-11 / glossary: every unit has one wire name, one CLI name and one Chinese name, and they parse back.
    [Theory]
    [InlineData(DeadlineUnit.CalendarDays, "CALENDAR_DAYS", "calendar", "自然日")]
    [InlineData(DeadlineUnit.WorkingDays, "WORKING_DAYS", "working", "工作日")]
    [InlineData(DeadlineUnit.Months, "MONTHS", "months", "月")]
    public void Each_unit_formats_to_its_wire_command_line_and_Chinese_names(DeadlineUnit unit, string wire, string cli, string chinese)
    {
        unit.ToWireName().ShouldBe(wire);
        unit.ToCliName().ShouldBe(cli);
        unit.ToChineseName().ShouldBe(chinese);
        DeadlineUnitNames.Parse(unit.ToWireName()).ShouldBe(unit);
        DeadlineUnitNames.Parse(unit.ToCliName()).ShouldBe(unit);
    }

    // R-CAL-11: an unknown unit is refused with the allowed values listed.
    [Theory]
    [InlineData("days")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_unit_name_is_refused_listing_the_allowed_values(string? text)
    {
        var ex = Should.Throw<DomainRuleException>(() => DeadlineUnitNames.Parse(text));

        ex.Code.ShouldBe("deadline.unknown-unit");
        ex.Fields.ShouldBe(["unit"]);
        ex.Message.ShouldBe(
            $"未知的期限单位“{text}”；可用值：CALENDAR_DAYS 或 calendar（自然日）、WORKING_DAYS 或 working（工作日）、MONTHS 或 months（月）");
        DeadlineUnitNames.TryParse(text, out _).ShouldBeFalse();
    }
}
