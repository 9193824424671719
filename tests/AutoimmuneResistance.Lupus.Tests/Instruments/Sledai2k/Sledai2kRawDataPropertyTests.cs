using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>A visit whose laboratory descriptors come from observations dated in the window, with entered clinical descriptors.</summary>
public sealed record RawLabVisit(Sledai2kVisit Visit)
{
    public override string ToString() =>
        $"on {Visit.On:O}, window {Visit.WindowDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"}, present [{string.Join(", ", Visit.Present)}], other cause [{string.Join(", ", Visit.OtherCause)}], observations [{string.Join("; ", Visit.Observations.Select(o => $"{o.Code.Code} {o.Value} on {o.On:O}"))}]";
}

/// <summary>A valid visit plus a copy in which some descriptors and observations are dated outside the window.</summary>
public sealed record WindowedVisit(Sledai2kVisit InWindow, Sledai2kVisit Moved, ImmutableArray<Sledai2kDescriptor> MovedOut)
{
    public override string ToString() =>
        $"in-window [{string.Join(", ", InWindow.Present)}] + labs {InWindow.Observations.Length}; moved out [{string.Join(", ", MovedOut)}]; moved visit dates [{string.Join(", ", Moved.ObservedOn.Select(d => $"{d.Descriptor} {d.On:O}"))}] obs [{string.Join(", ", Moved.Observations.Select(o => $"{o.Code.Code} {o.On:O}"))}] on {Moved.On:O} window {Moved.WindowDays}";
}

/// <summary>
/// Arbitraries for the raw-data properties: laboratory values drawn around each glossary threshold (so that both sides
/// and the threshold itself occur), dated inside or outside the 10- or 30-day window, with entered clinical descriptors.
/// No shrinking.
/// </summary>
internal static class Sledai2kRawArbitraries
{
    // The descriptors entered by hand: every one that no observation feeds (urinary casts included).
    private static readonly Sledai2kDescriptor[] Clinical = [.. Sledai2kDescriptors.All.Where(d => LoincOf(d) is null)];

    // The code that feeds a laboratory descriptor (C3 for low complement), null for the others.
    internal static string? LoincOf(Sledai2kDescriptor descriptor) => descriptor switch
    {
        Sledai2kDescriptor.Thrombocytopenia => "777-3",
        Sledai2kDescriptor.Leukopenia => "6690-2",
        Sledai2kDescriptor.Hematuria => "13945-1",
        Sledai2kDescriptor.Pyuria => "5821-4",
        Sledai2kDescriptor.Proteinuria => "2889-4",
        Sledai2kDescriptor.Fever => "8310-5",
        Sledai2kDescriptor.LowComplement => "4485-9",
        Sledai2kDescriptor.IncreasedDnaBinding => "5130-0",
        _ => null,
    };

    internal static readonly Sledai2kDescriptor[] Laboratory = [.. Sledai2kDescriptors.All.Where(d => LoincOf(d) is not null)];

    // A value around the threshold, in a unit the code accepts; the limits of complement and anti-dsDNA ride along.
    private static Gen<Observation> ObservationGen(Sledai2kDescriptor descriptor, DateOnly on) => descriptor switch
    {
        Sledai2kDescriptor.Thrombocytopenia => Gen.Choose(900, 1100).Select(v => Make(on, descriptor, v / 10m, QuantityUnit.BillionPerLiter)),
        Sledai2kDescriptor.Leukopenia => Gen.Choose(20, 40).Select(v => Make(on, descriptor, v / 10m, QuantityUnit.BillionPerLiter)),
        Sledai2kDescriptor.Hematuria or Sledai2kDescriptor.Pyuria => Gen.Choose(0, 12).Select(v => Make(on, descriptor, v, QuantityUnit.PerHighPowerField)),
        Sledai2kDescriptor.Proteinuria => Gen.Choose(40, 60).Select(v => Make(on, descriptor, v / 100m, QuantityUnit.GramPer24Hours)),
        Sledai2kDescriptor.Fever => Gen.OneOf(
            Gen.Choose(370, 390).Select(v => Make(on, descriptor, v / 10m, QuantityUnit.DegreeCelsius)),
            Gen.Choose(1000, 1010).Select(v => Make(on, descriptor, v / 10m, QuantityUnit.DegreeFahrenheit))),
        Sledai2kDescriptor.LowComplement => Gen.Choose(80, 100).Select(v => Make(on, descriptor, v / 100m, QuantityUnit.GramPerLiter) with { ReferenceLow = Quantity.Create(0.9m, QuantityUnit.GramPerLiter) }),
        _ => Gen.Choose(25, 35).Select(v => Make(on, descriptor, v, QuantityUnit.InternationalUnitPerMilliliter) with { ReferenceHigh = Quantity.Create(30m, QuantityUnit.InternationalUnitPerMilliliter) }),
    };

    private static Observation Make(DateOnly on, Sledai2kDescriptor descriptor, decimal value, QuantityUnit unit) => new()
    {
        On = on,
        Code = ClinicalCode.Loinc(LoincOf(descriptor)!),
        Value = Quantity.Create(value, unit),
    };

    private static Gen<RawLabVisit> RawGen { get; } =
        from day in Gen.Choose(0, 3650)
        from window in Gen.Elements<int?>(null, 10, 30)
        from clinicalStates in Gen.Choose(0, 2).ArrayOf(Clinical.Length)
        from labs in Gen.Elements(true, false).ArrayOf(Laboratory.Length)
        from offsets in Gen.Choose(0, 10).ArrayOf(Laboratory.Length)
        let visitOn = new DateOnly(2015, 1, 1).AddDays(day)
        from observations in Gen.CollectToArray(Laboratory.Select((d, i) => ObservationGen(d, visitOn.AddDays(-offsets[i]))))
        select new RawLabVisit(new Sledai2kVisit
        {
            On = visitOn,
            WindowDays = window,
            Present = [.. Clinical.Where((_, i) => clinicalStates[i] == 1)],
            OtherCause = [.. Clinical.Where((_, i) => clinicalStates[i] == 2)],
            Observations = [.. observations.Where((_, i) => labs[i])],
        });

    private static Gen<WindowedVisit> WindowedGen { get; } =
        from raw in RawGen
        from window in Gen.Elements(10, 30)
        from moveEntered in Gen.Elements(true, false).ArrayOf(Clinical.Length)
        from moveLab in Gen.Elements(true, false).ArrayOf(Laboratory.Length)
        from before in Gen.Choose(1, 60).ArrayOf(Clinical.Length + Laboratory.Length)
        from after in Gen.Elements(true, false).ArrayOf(Clinical.Length + Laboratory.Length)
        select Window(raw.Visit with { WindowDays = window }, moveEntered, moveLab, before, after);

    private static WindowedVisit Window(Sledai2kVisit visit, bool[] moveEntered, bool[] moveLab, int[] before, bool[] after)
    {
        var window = visit.WindowDays!.Value;
        DateOnly Outside(int k) => after[k] ? visit.On.AddDays(before[k] % 5 + 1) : visit.On.AddDays(-window - before[k]);
        var moved = new List<Sledai2kDescriptor>();
        var dates = new List<Sledai2kDescriptorDate>();
        for (var i = 0; i < Clinical.Length; i++)
        {
            var d = Clinical[i];
            if (moveEntered[i] && (visit.Present.Contains(d) || visit.OtherCause.Contains(d)))
            {
                dates.Add(new Sledai2kDescriptorDate { Descriptor = d, On = Outside(i) });
                moved.Add(d);
            }
        }

        var observations = visit.Observations.Select(o =>
        {
            var index = Array.IndexOf(Laboratory, Sledai2kLaboratory.DescriptorOf(o.Code)!.Value);
            if (!moveLab[index])
            {
                return o;
            }

            moved.Add(Laboratory[index]);
            return o with { On = Outside(Clinical.Length + index) };
        }).ToImmutableArray();
        return new WindowedVisit(visit, visit with { ObservedOn = [.. dates], Observations = observations }, [.. moved]);
    }

    public static Arbitrary<RawLabVisit> RawVisits() => RawGen.ToArbitrary();

    public static Arbitrary<WindowedVisit> WindowedVisits() => WindowedGen.ToArbitrary();
}

[Properties(Arbitrary = [typeof(Sledai2kRawArbitraries)])]
public sealed class Sledai2kRawDataPropertyTests
{
    private static readonly Sledai2kInstrument Instrument = new();
    private static readonly Sledai2kInstrument Unknown = new(ActivityDefinitions.UnreportedUnknown);

    // The glossary's rules, written out independently of Sledai2kLaboratory: < 100 and < 3 ×10⁹/L, > 5 per HPF,
    // > 0.5 g/24 h, > 38 °C (100.4 °F), below the lower limit, above the upper limit.
    private static bool Meets(Observation o) => o.Code.Code switch
    {
        "777-3" => o.Value.Value < 100m,
        "6690-2" => o.Value.Value < 3m,
        "13945-1" or "5821-4" => o.Value.Value > 5m,
        "2889-4" => o.Value.Value > 0.5m,
        "8310-5" => o.Value.Unit == QuantityUnit.DegreeFahrenheit ? o.Value.Value > 100.4m : o.Value.Value > 38m,
        "4485-9" => o.Value.Value < o.ReferenceLow!.Value.Value,
        _ => o.Value.Value > o.ReferenceHigh!.Value.Value,
    };

    [Property(MaxTest = 300)]
    public void Raw_visits_are_valid(RawLabVisit raw) => Assert.Empty(Instrument.Validate(raw.Visit));

    [Property(MaxTest = 300)]
    public void Derived_lab_descriptors_agree_with_entered_ones(RawLabVisit raw)
    {
        var visit = raw.Visit;
        var derived = Instrument.Compute(visit);

        // The same visit with the laboratory descriptors entered by hand from the glossary's rules instead of observed.
        var meeting = visit.Observations.Where(Meets).Select(o => Sledai2kLaboratory.DescriptorOf(o.Code)!.Value).ToHashSet();
        var entered = Instrument.Compute(visit with
        {
            Observations = [],
            Present = [.. visit.Present, .. meeting.Where(d => !visit.OtherCause.Contains(d))],
        });

        Assert.Equal(entered.Total, derived.Total);
        Assert.Equal(entered.ClinicalTotal, derived.ClinicalTotal);
        Assert.Equal(entered.ActiveOrganSystems.ToArray(), derived.ActiveOrganSystems.ToArray());
        Assert.Equal(entered.HighDiseaseActivityStatus, derived.HighDiseaseActivityStatus);
        Assert.Equal(entered.Items.Select(i => i.Points), derived.Items.Select(i => i.Points));
        foreach (var item in derived.Items.Where(i => i.Source == Sledai2kItemSource.Derived))
        {
            var observation = visit.Observations[item.Observation!.Value];
            Assert.Equal(item.Descriptor, Sledai2kLaboratory.DescriptorOf(observation.Code));
            Assert.Equal(observation.On, item.ObservedOn);
            Assert.Equal(item.State != Sledai2kItemState.Absent, Meets(observation));
        }
    }

    [Property(MaxTest = 300)]
    public void A_descriptor_outside_the_window_never_scores(WindowedVisit windowed)
    {
        var result = Instrument.Compute(windowed.Moved);
        foreach (var descriptor in windowed.MovedOut)
        {
            var item = result.Items.Single(i => i.Descriptor == descriptor);
            Assert.Equal(0, item.Points);
        }

        // Moving a descriptor out of the window is the same as not having it: the total is that of the visit without it.
        var without = Instrument.Compute(windowed.InWindow with
        {
            Present = [.. windowed.InWindow.Present.Where(d => !windowed.MovedOut.Contains(d))],
            OtherCause = [.. windowed.InWindow.OtherCause.Where(d => !windowed.MovedOut.Contains(d))],
            Observations = [.. windowed.InWindow.Observations.Where(o => !windowed.MovedOut.Contains(Sledai2kLaboratory.DescriptorOf(o.Code)!.Value))],
        });
        Assert.Equal(without.Total, result.Total);
        Assert.True(result.Total.Value <= Instrument.Compute(windowed.InWindow).Total.Value);
    }

    [Property(MaxTest = 200)]
    public void Under_the_unknown_policy_the_total_is_known_exactly_when_every_descriptor_is_reported(RawLabVisit raw)
    {
        var visit = raw.Visit;
        var result = Unknown.Compute(visit);
        var reported = visit.Present.Concat(visit.OtherCause)
            .Concat(visit.Observations.Where(o => o.On >= visit.On.AddDays(-(visit.WindowDays ?? 10)) && o.On <= visit.On).Select(o => Sledai2kLaboratory.DescriptorOf(o.Code)!.Value))
            .ToHashSet();
        var missing = Sledai2kDescriptors.All.Where(d => !reported.Contains(d)).ToList();
        Assert.Equal(missing, result.NotReported!.Value.ToList());
        Assert.Equal(missing.Count > 0, result.Unknown);
        Assert.All(result.Items, i => Assert.Equal(missing.Contains(i.Descriptor), i.State == Sledai2kItemState.NotReported));

        // Reporting the rest as absent makes it known, with the same total as the default policy.
        var complete = Unknown.Compute(visit with { Absent = [.. missing] });
        Assert.False(complete.Unknown);
        Assert.Empty(complete.NotReported!.Value);
        Assert.Equal(Instrument.Compute(visit).Total, complete.Total);
        Assert.Equal(result.Total, complete.Total);
    }

    [Property(MaxTest = 100)]
    public void A_raw_visit_round_trips_through_json(RawLabVisit raw)
    {
        var json = WorkedExamples.Write(raw.Visit);
        var back = WorkedExamples.Read<Sledai2kVisit>(json);
        Assert.Equal(json, WorkedExamples.Write(back));
        Assert.Equal(WorkedExamples.Write(Instrument.Compute(raw.Visit)), WorkedExamples.Write(Instrument.Compute(back)));
    }
}
