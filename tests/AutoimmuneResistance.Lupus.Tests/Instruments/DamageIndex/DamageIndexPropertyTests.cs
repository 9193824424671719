using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

/// <summary>A damage index input and an entry for an item it does not hold, to add to it.</summary>
public sealed record DamageItemAddition(DamageIndexInput Input, DamageItemEntry Entry)
{
    public override string ToString() =>
        $"{Entry} added to {JsonSerializer.Serialize(Input, (JsonTypeInfo<DamageIndexInput>)DamageWorkedExamples.Pipeline.Json.Options.GetTypeInfo(typeof(DamageIndexInput)))}";
}

/// <summary>How many days later (0-1000) to assess the same items again.</summary>
public sealed record DaysLater(int Value)
{
    public override string ToString() => $"{Value} days later";
}

/// <summary>
/// The damage index properties' arbitraries: inputs with a shuffled subset of the items, each entry in any of the
/// timing forms its item accepts (dated on or before the assessment), any SLE onset and the default or a tuned
/// definition set; such an input with an entry for one more item; and a number of days to assess again later. No
/// shrinking.
/// </summary>
internal static class DamageIndexArbitraries
{
    private static readonly DateOnly On = new(2024, 6, 30);

    private static readonly DamageIndexDefinitions NoSeparation = DamageIndexDefinitions.Default with
    {
        Id = DefinitionSetId.Create("sle.damage-index.test-no-separation"),
        RepeatEventMinimumSeparationMonths = 0,
    };

    private static readonly DamageIndexDefinitions StrictUlceration = DamageIndexDefinitions.Default with
    {
        Id = DefinitionSetId.Create("sle.damage-index.test-strict-ulceration"),
        SkinUlcerationOperator = ComparisonOperator.GreaterThan,
    };

    // One entry for an item, with any of the timing forms the item accepts, all dated on or before the assessment.
    private static Gen<DamageItemEntry> Entry(DamageItem item) =>
        from timing in Gen.Choose(0, 3)
        from days in Gen.Choose(0, 5000)
        from months in Gen.Choose(0, 240)
        from count in Gen.Choose(0, 5)
        from offsets in Gen.Choose(0, 5000).ArrayOf(3)
        from episodes in Gen.Choose(1, 3)
        from procedure in Gen.Elements(true, false)
        select Build(item, timing, days, months, count, [.. offsets.Take(episodes)], procedure);

    private static DamageItemEntry Build(DamageItem item, int timing, int days, int months, int count, int[] offsets, bool procedure)
    {
        var repeat = DamageIndexItems.RepeatKind(item);
        var entry = new DamageItemEntry { Item = item, Procedure = procedure && DamageIndexItems.HasProcedureAlternative(item) };
        if (timing == 3 && repeat == DamageRepeatKind.Episodes)
        {
            return entry with { Episodes = [.. offsets.Select(o => On.AddDays(-o))] };
        }

        entry = timing switch
        {
            1 => entry with { Since = On.AddDays(-days) },
            2 => entry with { PersistedMonths = months },
            _ => entry,
        };
        return repeat == DamageRepeatKind.None || count == 0 ? entry : entry with { Count = count };
    }

    private static Gen<DamageIndexInput> Input(IEnumerable<DamageItem> candidates) =>
        from items in Gen.SubListOf(candidates)
        from entries in Gen.CollectToArray(items, Entry)
        from shuffled in Gen.Shuffle(entries)
        from onsetDays in Gen.Choose(-1, 6000)
        from definitions in Gen.Elements<DamageIndexDefinitions?>(null, NoSeparation, StrictUlceration)
        select new DamageIndexInput
        {
            On = On,
            SleOnset = onsetDays < 0 ? null : On.AddDays(-onsetDays),
            Items = [.. shuffled],
            Definitions = definitions,
        };

    public static Arbitrary<DamageIndexInput> Inputs() => Input(DamageIndexItems.All).ToArbitrary();

    public static Arbitrary<DamageItemAddition> Additions() =>
        (from extra in Gen.Elements(DamageIndexItems.All.AsEnumerable())
         from input in Input(DamageIndexItems.All.Where(i => i != extra))
         from entry in Entry(extra)
         select new DamageItemAddition(input, entry)).ToArbitrary();

    public static Arbitrary<DaysLater> Later() => Gen.Choose(0, 1000).Select(days => new DaysLater(days)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(DamageIndexArbitraries)])]
public sealed class DamageIndexPropertyTests
{
    private static readonly SliccDamageIndex Instrument = new();
    private static readonly JsonSerializerOptions Options = DamageWorkedExamples.Pipeline.Json.Options;

    private static DamageIndexResult Score(DamageIndexInput input)
    {
        Assert.DoesNotContain(Instrument.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Instrument.Compute(input);
    }

    [Property(MaxTest = 200)]
    public void Totals_stay_within_0_and_47_and_add_up(DamageIndexInput input)
    {
        var result = Score(input);
        Assert.InRange(result.Total, 0, DamageIndexItems.MaxTotal);
        Assert.Equal(result.Total, result.OrganSystems.Sum(s => s.Points));
        Assert.Equal(result.Total, result.Items.Sum(i => i.Points));
        Assert.All(result.OrganSystems, s => Assert.InRange(s.Points, 0, DamageIndexItems.OrganSystemMaximum(s.OrganSystem)));
        Assert.All(result.Items, i => Assert.InRange(i.Points, 0, DamageIndexItems.MaxScore(i.Item)));
        Assert.Equal(input.Items.Length, result.Items.Length);
    }

    [Property(MaxTest = 200)]
    public void Adding_a_damage_item_never_lowers_the_total(DamageItemAddition pair)
    {
        var (input, entry) = pair;
        var before = Score(input).Total;
        var after = Score(input with { Items = input.Items.Add(entry) }).Total;
        Assert.True(after >= before, $"adding {entry} lowered the total from {before} to {after}");
    }

    [Property(MaxTest = 200)]
    public void A_later_assessment_of_the_same_items_never_scores_lower(DamageIndexInput input, DaysLater days)
    {
        var laterDays = days.Value;
        // Whole months of persistence grow with the calendar too: roughly one per 30.44 days.
        var later = input with
        {
            On = input.On.AddDays(laterDays),
            Items = [.. input.Items.Select(e => e.PersistedMonths is { } m ? e with { PersistedMonths = m + (int)(laterDays / 30.44) } : e)],
        };
        Assert.True(Score(later).Total >= Score(input).Total);
    }

    [Property(MaxTest = 200)]
    public void Inputs_and_results_round_trip_through_json(DamageIndexInput input)
    {
        var inputInfo = (JsonTypeInfo<DamageIndexInput>)Options.GetTypeInfo(typeof(DamageIndexInput));
        var resultInfo = (JsonTypeInfo<DamageIndexResult>)Options.GetTypeInfo(typeof(DamageIndexResult));

        var json = JsonSerializer.Serialize(input, inputInfo);
        var back = JsonSerializer.Deserialize(json, inputInfo)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, inputInfo));

        var direct = JsonSerializer.Serialize(Score(input), resultInfo);
        var computation = DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.DamageIndex, System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(direct, computation.ResultText());
        var result = JsonSerializer.Deserialize(direct, resultInfo)!;
        Assert.Equal(direct, JsonSerializer.Serialize(result, resultInfo));
    }

    [Fact]
    public void The_definitions_round_trip_through_json()
    {
        var info = (JsonTypeInfo<DamageIndexDefinitions>)Options.GetTypeInfo(typeof(DamageIndexDefinitions));
        var json = JsonSerializer.Serialize(DamageIndexDefinitions.Default, info);

        var back = JsonSerializer.Deserialize(json, info)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, info));
        Assert.Equal(6, back.RepeatEventMinimumSeparationMonths);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, back.SkinUlcerationOperator);
    }
}
