using Weijian.Platform.Calendar;

namespace Weijian.Enforcement.CaseFiles;

/// <summary>
/// 案卷自查: runs every automatic check of an <see cref="EvaluationStandard"/> on a file's <see cref="CaseFileFacts"/>
/// (R-EVA-1…4). A check that fires on a veto item vetoes the file; on a deduction it takes the item's points — the lowest
/// of a range, since only a reviewer may weigh a defect more heavily (<see cref="CaseFileScore.FromReview"/>) — times the
/// occurrences for items counted per occurrence, capped at the item's maximum. Pure: no database, no clock.
/// </summary>
public static class CaseFileSelfCheck
{
    /// <summary>
    /// The automatic score of <paramref name="facts"/> under <paramref name="standard"/>, dates checked on
    /// <paramref name="calendar"/> (a date outside the loaded years throws <c>calendar.year-not-loaded</c>; an unknown
    /// document kind <c>case-file.unknown-document-kind</c>).
    /// </summary>
    public static CaseFileScore Run(EvaluationStandard standard, CaseFileFacts facts, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(facts.Officers);
        ArgumentNullException.ThrowIfNull(facts.Documents);
        CaseFileOrder.Sort(facts.Documents); // validates kinds and page counts before any check reads them

        var findings = new List<CaseFileFinding>();
        foreach (var item in standard.Items)
        {
            if (CaseFileChecks.Run(item, facts, calendar) is not { } hit)
            {
                continue;
            }

            var occurrences = item.PerOccurrence ? hit.Occurrences : 1;
            var points = item.Kind == EvaluationItemKind.Veto ? 0 : item.PointsFor(item.MinPoints, occurrences);
            findings.Add(new CaseFileFinding(
                item.Code, item.Kind, item.SectionCode, item.Description, points, occurrences, hit.Reason, FindingSource.Automatic));
        }

        return CaseFileScore.Build(standard, findings, isReviewed: false, []);
    }
}
