using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>A valid visit with at least one descriptor present, and a number (0-23) that picks one of them.</summary>
public sealed record PresentDescriptorPick(Sledai2kVisit Visit, int Pick)
{
    public override string ToString() =>
        $"pick {Pick} of present [{string.Join(", ", Visit.Present)}], other cause [{string.Join(", ", Visit.OtherCause)}], window {Visit.WindowDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, on {Visit.On:O}";
}

/// <summary>
/// The SLEDAI-2K properties' arbitraries: valid visits (each descriptor absent, present or of another cause, listed in
/// a random order, with no window, 10 or 30 days), any scored descriptor, and a visit with a present descriptor to
/// move. No shrinking.
/// </summary>
internal static class Sledai2kArbitraries
{
    // A valid visit: each descriptor absent (0), present (1) or other-cause (2), listed in a random order, with no
    // window, 10 or 30 days.
    private static Gen<Sledai2kVisit> VisitGen { get; } =
        from states in Gen.Choose(0, 2).ArrayOf(24)
        from order in Gen.Shuffle(Enumerable.Range(0, 24))
        from window in Gen.Elements<int?>(null, 10, 30)
        from day in Gen.Choose(0, 3650)
        select new Sledai2kVisit
        {
            On = new DateOnly(2015, 1, 1).AddDays(day),
            Present = [.. order.Where(i => states[i] == 1).Select(i => Sledai2kDescriptors.All[i])],
            OtherCause = [.. order.Where(i => states[i] == 2).Select(i => Sledai2kDescriptors.All[i])],
            WindowDays = window,
        };

    public static Arbitrary<Sledai2kVisit> Visits() => VisitGen.ToArbitrary();

    public static Arbitrary<Sledai2kDescriptor> Descriptors() => Gen.Elements<Sledai2kDescriptor>(Sledai2kDescriptors.All).ToArbitrary();

    public static Arbitrary<PresentDescriptorPick> PresentPicks() =>
        Gen.Zip(VisitGen.Where(v => !v.Present.IsEmpty), Gen.Choose(0, 23)).Select(p => new PresentDescriptorPick(p.Item1, p.Item2)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(Sledai2kArbitraries)])]
public sealed class Sledai2kPropertyTests
{
    private static readonly Sledai2kInstrument Instrument = new();

    [Property(MaxTest = 200)]
    public void Generated_visits_are_valid(Sledai2kVisit visit) => Assert.Empty(Instrument.Validate(visit));

    [Property(MaxTest = 200)]
    public void The_total_is_0_to_105_and_the_clinical_total_never_exceeds_it(Sledai2kVisit visit)
    {
        var result = Instrument.Compute(visit);
        Assert.InRange(result.Total.Value, 0, 105);
        Assert.InRange(result.ClinicalTotal, 0, 101);
        Assert.True(result.ClinicalTotal <= result.Total.Value);
        Assert.Equal(visit.Present.Sum(Sledai2kDescriptors.Weight), result.Total.Value);
        Assert.Equal(result.Total.Value - result.ClinicalTotal, visit.Present.Where(Sledai2kDescriptors.IsSerological).Sum(Sledai2kDescriptors.Weight));
        Assert.Equal(result.Total.Value >= 10, result.HighDiseaseActivityStatus);
        Assert.Equal(visit.Present.Select(Sledai2kDescriptors.OrganSystem).Distinct().Order(), result.ActiveOrganSystems);
    }

    [Property(MaxTest = 200)]
    public void Adding_a_scored_descriptor_never_lowers_the_score(Sledai2kVisit visit, Sledai2kDescriptor descriptor)
    {
        var before = Instrument.Compute(visit).Total.Value;
        var added = visit with
        {
            Present = visit.Present.Contains(descriptor) ? visit.Present : visit.Present.Add(descriptor),
            OtherCause = visit.OtherCause.Remove(descriptor),
        };
        var after = Instrument.Compute(added).Total.Value;
        Assert.True(after >= before);
        Assert.Equal(visit.Present.Contains(descriptor) ? before : before + Sledai2kDescriptors.Weight(descriptor), after);
    }

    [Property(MaxTest = 200)]
    public void Moving_a_descriptor_from_present_to_other_cause_never_raises_the_score(PresentDescriptorPick pair)
    {
        var (visit, pick) = pair;
        var descriptor = visit.Present[pick % visit.Present.Length];
        var before = Instrument.Compute(visit);
        var moved = Instrument.Compute(visit with { Present = visit.Present.Remove(descriptor), OtherCause = visit.OtherCause.Add(descriptor) });
        Assert.True(moved.Total <= before.Total);
        Assert.True(moved.ClinicalTotal <= before.ClinicalTotal);
        Assert.Equal(before.Total.Value - Sledai2kDescriptors.Weight(descriptor), moved.Total.Value);
        Assert.Equal(Sledai2kItemState.OtherCause, moved.Items.Single(i => i.Descriptor == descriptor).State);
    }

    [Property(MaxTest = 200)]
    public void Inputs_and_results_round_trip_through_json(Sledai2kVisit visit)
    {
        var json = WorkedExamples.Write(visit);
        var read = WorkedExamples.Read<Sledai2kVisit>(json);
        Assert.Equal(json, WorkedExamples.Write(read));
        Assert.Equal(visit.Present.AsEnumerable(), read.Present.AsEnumerable());
        Assert.Equal(visit.OtherCause.AsEnumerable(), read.OtherCause.AsEnumerable());

        var result = Instrument.Compute(read);
        var resultJson = WorkedExamples.Write(result);
        Assert.Equal(resultJson, WorkedExamples.Write(WorkedExamples.Read<Sledai2kResult>(resultJson)));
        Assert.Equal(resultJson, ActivityTestModule.Pipeline.ComputeInstrument(LupusIds.Sledai2k, System.Text.Encoding.UTF8.GetBytes(json)).ResultText());
    }
}
