namespace Weijian.Platform.Calendar;

/// <summary>
/// A Saturday or Sunday the State Council notice designates as a working day (调休上班) — R-CAL-8, R-CAL-11
/// (entries typed <c>ADJUSTED_WORKDAY</c>).
/// </summary>
public sealed record AdjustedWorkday(string Name, DateOnly Date);
