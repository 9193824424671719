using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class Sledai2kPropertyTests
{
    private static readonly Sledai2kInstrument Instrument = new();

    // A valid visit: each descriptor absent (0), present (1) or other-cause (2), listed in a random order, with no
    // window, 10 or 30 days.
    private static Gen<Sledai2kVisit> Visits { get; } =
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

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Generated_visits_are_valid()
    {
        Prop.ForAll(Visits.ToArbitrary(), visit => Assert.Empty(Instrument.Validate(visit))).Check(Config);
    }

    [Fact]
    public void The_total_is_0_to_105_and_the_clinical_total_never_exceeds_it()
    {
        Prop.ForAll(Visits.ToArbitrary(), visit =>
        {
            var result = Instrument.Score(visit);
            Assert.InRange(result.Total.Value, 0, 105);
            Assert.InRange(result.ClinicalTotal, 0, 101);
            Assert.True(result.ClinicalTotal <= result.Total.Value);
            Assert.Equal(visit.Present.Sum(Sledai2kDescriptors.Weight), result.Total.Value);
            Assert.Equal(result.Total.Value - result.ClinicalTotal, visit.Present.Where(Sledai2kDescriptors.IsSerological).Sum(Sledai2kDescriptors.Weight));
            Assert.Equal(result.Total.Value >= 10, result.HighDiseaseActivityStatus);
            Assert.Equal(visit.Present.Select(Sledai2kDescriptors.OrganSystem).Distinct().Order(), result.ActiveOrganSystems);
        }).Check(Config);
    }

    [Fact]
    public void Adding_a_scored_descriptor_never_lowers_the_score()
    {
        var cases = Gen.Zip(Visits, Gen.Elements<Sledai2kDescriptor>(Sledai2kDescriptors.All)).ToArbitrary();
        Prop.ForAll(cases, pair =>
        {
            var (visit, descriptor) = pair;
            var before = Instrument.Score(visit).Total.Value;
            var added = visit with
            {
                Present = visit.Present.Contains(descriptor) ? visit.Present : visit.Present.Add(descriptor),
                OtherCause = visit.OtherCause.Remove(descriptor),
            };
            var after = Instrument.Score(added).Total.Value;
            Assert.True(after >= before);
            Assert.Equal(visit.Present.Contains(descriptor) ? before : before + Sledai2kDescriptors.Weight(descriptor), after);
        }).Check(Config);
    }

    [Fact]
    public void Moving_a_descriptor_from_present_to_other_cause_never_raises_the_score()
    {
        var cases = Gen.Zip(Visits.Where(v => !v.Present.IsEmpty), Gen.Choose(0, 23)).ToArbitrary();
        Prop.ForAll(cases, pair =>
        {
            var (visit, pick) = pair;
            var descriptor = visit.Present[pick % visit.Present.Length];
            var before = Instrument.Score(visit);
            var moved = Instrument.Score(visit with { Present = visit.Present.Remove(descriptor), OtherCause = visit.OtherCause.Add(descriptor) });
            Assert.True(moved.Total <= before.Total);
            Assert.True(moved.ClinicalTotal <= before.ClinicalTotal);
            Assert.Equal(before.Total.Value - Sledai2kDescriptors.Weight(descriptor), moved.Total.Value);
            Assert.Equal(Sledai2kItemState.OtherCause, moved.Items.Single(i => i.Descriptor == descriptor).State);
        }).Check(Config);
    }

    [Fact]
    public void Inputs_and_results_round_trip_through_json()
    {
        Prop.ForAll(Visits.ToArbitrary(), visit =>
        {
            var json = WorkedExamples.Write(visit);
            var read = WorkedExamples.Read<Sledai2kVisit>(json);
            Assert.Equal(json, WorkedExamples.Write(read));
            Assert.Equal(visit.Present.AsEnumerable(), read.Present.AsEnumerable());
            Assert.Equal(visit.OtherCause.AsEnumerable(), read.OtherCause.AsEnumerable());

            var result = Instrument.Score(read);
            var resultJson = WorkedExamples.Write(result);
            Assert.Equal(resultJson, WorkedExamples.Write(WorkedExamples.Read<Sledai2kResult>(resultJson)));
            Assert.Equal(resultJson, ActivityTestModule.Pipeline.ComputeInstrument(LupusIds.Sledai2k, System.Text.Encoding.UTF8.GetBytes(json)).ResultText());
        }).Check(Config);
    }
}
