using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

/// <summary>A profile of SLEDAI-2K entries and other assessments on repeating dates, and the date to evaluate it as of.</summary>
public sealed record SledaiEntries(PatientProfile Profile, DateOnly AsOf)
{
    public override string ToString() => $"as of {AsOf:O}: {LupusProfiles.Pipeline.Json.Serialize(Profile)}";
}

/// <summary>
/// The refractory-visits property's arbitrary: any number of entries on ten dates 20 days apart (item-level visits,
/// valid or with a repeated descriptor; recorded totals, valid, fractional, out of range or of another instrument; other
/// assessments), evaluated as of one of those dates or the next. No shrinking.
/// </summary>
internal static class RefractoryVisitsArbitraries
{
    // An entry: a day (0-9, so that dates repeat), and an item-level visit (valid or with a repeated descriptor), a
    // recorded total (valid, fractional, out of range, or of another instrument), or an assessment of another kind.
    private static readonly Gen<InstrumentAssessment> Entries =
        from day in Gen.Choose(0, 9)
        from kind in Gen.Choose(0, 6)
        from score in Gen.Choose(-2, 110)
        select Entry(new DateOnly(2023, 1, 1).AddDays(day * 20), kind, score);

    private static InstrumentAssessment Entry(DateOnly on, int kind, int score) => kind switch
    {
        0 or 1 => Sledai(on, Sledai2kDescriptor.Arthritis, score % 2 == 0 ? Sledai2kDescriptor.Rash : Sledai2kDescriptor.LowComplement),
        2 => Sledai(on, Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Arthritis),
        3 or 4 => new RecordedScore { On = on, Instrument = LupusIds.Sledai2k, Score = score },
        5 => new RecordedScore { On = on, Instrument = LupusIds.Sledai2k, Score = score + 0.5m },
        _ => new PhysicianGlobalAssessment { On = on, Score = 1m },
    };

    public static Arbitrary<SledaiEntries> Profiles() =>
        (from entries in Gen.ListOf(Entries)
         from cut in Gen.Choose(0, 10)
         select new SledaiEntries(Patient() with { Assessments = [.. entries] }, new DateOnly(2023, 1, 1).AddDays(cut * 20))).ToArbitrary();
}

// RefractoryVisits.Sledai keeps its visits in a builder sized for them instead of a sorted dictionary. The rule it
// applies is unchanged, and is written out again here the way it was first written: one visit per date, an item-level
// visit winning over a recorded total and the later entry on the profile winning otherwise, invalid item-level visits
// reported, nothing after the evaluation date.
[Properties(Arbitrary = [typeof(RefractoryVisitsArbitraries)])]
public sealed class RefractoryVisitsPropertyTests
{
    private static ImmutableArray<RefractoryVisit> Reference(PatientProfile patient, DateOnly asOf, ImmutableArray<ActivityVisit> history, List<EvaluationDiagnostic> skipped)
    {
        var byDate = new SortedDictionary<DateOnly, RefractoryVisit>();
        for (var i = 0; i < patient.Assessments.Length; i++)
        {
            if (patient.Assessments[i] is RecordedScore recorded && recorded.Instrument == LupusIds.Sledai2k && recorded.On <= asOf
                && recorded.Score == decimal.Truncate(recorded.Score) && recorded.Score is >= Sledai2kScore.MinValue and <= Sledai2kScore.MaxValue
                && (!byDate.TryGetValue(recorded.On, out var existing) || existing.Items is null))
            {
                byDate[recorded.On] = new RefractoryVisit(recorded.On, (int)recorded.Score, $"$.assessments[{i}]", null);
            }
        }

        foreach (var entry in history)
        {
            if (entry.Visit.On > asOf)
            {
                continue;
            }

            if (entry.Total is not { } total)
            {
                skipped.AddRange(entry.Diagnostics.Select(d => d with { Severity = DiagnosticSeverity.Warning, Message = "SLEDAI-2K visit not used: " + d.Message }));
                continue;
            }

            byDate[entry.Visit.On] = new RefractoryVisit(entry.Visit.On, total, entry.Path, entry.Visit);
        }

        return [.. byDate.Values];
    }

    [Property(MaxTest = 500)]
    public void The_visits_are_those_of_the_rule_as_first_written(SledaiEntries c)
    {
        var history = ActivityHistory.Read(c.Profile);
        var (expectedSkipped, actualSkipped) = (new List<EvaluationDiagnostic>(), new List<EvaluationDiagnostic>());
        var expected = Reference(c.Profile, c.AsOf, history, expectedSkipped);
        var actual = RefractoryVisits.Sledai(c.Profile, c.AsOf, history, actualSkipped);
        Assert.Equal(expected.ToArray(), actual.ToArray());
        Assert.Equal(expectedSkipped, actualSkipped);
    }
}
