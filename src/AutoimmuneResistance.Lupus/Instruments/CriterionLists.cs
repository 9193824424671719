using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The list checks the two lupus classification instruments share: each of the lists <c>criteria</c>,
/// <c>otherCause</c> and <c>absent</c> holds defined criteria once, and a criterion sits in one list only.
/// </summary>
/// <typeparam name="TCriterion">The instrument's criterion enumeration.</typeparam>
/// <param name="Codes">The instrument's diagnostic codes: undefined, duplicated, contradictory.</param>
/// <param name="Undefined">The message for a criterion that is not a defined member, naming the criteria set.</param>
/// <param name="OtherCauseWording">How the instrument names its <c>otherCause</c> list in mid-sentence.</param>
/// <param name="Json">The criterion's JSON metadata, to show a value when the caller opts in.</param>
internal sealed record CriterionLists<TCriterion>(
    (string Undefined, string Duplicated, string Contradictory) Codes,
    string Undefined,
    string OtherCauseWording,
    JsonTypeInfo<TCriterion> Json)
    where TCriterion : struct, Enum
{
    /// <summary>Checks the three lists and reports every problem with its path.</summary>
    public void Check(ImmutableArray<TCriterion> criteria, ImmutableArray<TCriterion> otherCause, ImmutableArray<TCriterion> absent, List<EvaluationDiagnostic> diagnostics)
    {
        var counted = Distinct(criteria, "$.criteria", diagnostics);
        var explained = Distinct(otherCause, "$.otherCause", diagnostics);
        _ = Distinct(absent, "$.absent", diagnostics);
        for (var i = 0; i < absent.Length; i++)
        {
            if (counted.Contains(absent[i]) || explained.Contains(absent[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Codes.Contradictory,
                    "the criterion is listed as absent ('absent') and also as met ('criteria') or explained by another cause ('otherCause'); list it once",
                    $"$.absent[{i}]",
                    value: DiagnosticValues.Of(absent[i], Json)));
            }
        }

        for (var i = 0; i < otherCause.Length; i++)
        {
            if (counted.Contains(otherCause[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Codes.Contradictory,
                    $"the criterion is listed both as attributed to SLE ('criteria') and as {OtherCauseWording} ('otherCause'); list it once",
                    $"$.otherCause[{i}]",
                    value: DiagnosticValues.Of(otherCause[i], Json)));
            }
        }
    }

    private HashSet<TCriterion> Distinct(ImmutableArray<TCriterion> list, string path, List<EvaluationDiagnostic> diagnostics)
    {
        var seen = new HashSet<TCriterion>();
        for (var i = 0; i < list.Length; i++)
        {
            if (!Enum.IsDefined(list[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Codes.Undefined, Undefined, $"{path}[{i}]", value: DiagnosticValues.Of(list[i], Json)));
            }
            else if (!seen.Add(list[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Codes.Duplicated, "the criterion is listed more than once; list each criterion once", $"{path}[{i}]", value: DiagnosticValues.Of(list[i], Json)));
            }
        }

        return seen;
    }
}
