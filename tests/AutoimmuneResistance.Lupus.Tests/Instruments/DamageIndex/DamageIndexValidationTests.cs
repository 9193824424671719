using System.Text;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

public sealed class DamageIndexValidationTests
{
    private static readonly ResistancePipeline Pipeline = DamageWorkedExamples.Pipeline;

    private static InstrumentComputation Compute(string json) => Pipeline.ComputeInstrument(LupusIds.DamageIndex, Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"cataract"},{"item":"diabetes"},{"item":"cataract"}]}""", "AIR2201", "$.items[2].item")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":99}]}""", "AIR2202", "$.items[0].item")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"malignancy","count":0}]}""", "AIR2203", "$.items[0].count")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"malignancy","count":100}]}""", "AIR2203", "$.items[0].count")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"cataract","count":2}]}""", "AIR2203", "$.items[0].count")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"cataract","since":"2024-07-01"}]}""", "AIR2204", "$.items[0].since")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"cerebrovascular-accident","episodes":["2020-01-01","2024-07-01"]}]}""", "AIR2204", "$.items[0].episodes[1]")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"diabetes","since":"2020-01-01","persistedMonths":12}]}""", "AIR2205", "$.items[0]")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"myocardial-infarction","count":2,"episodes":["2020-01-01","2021-01-01"]}]}""", "AIR2205", "$.items[0].count")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"diabetes","persistedMonths":-1}]}""", "AIR2206", "$.items[0].persistedMonths")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"diabetes","persistedMonths":1201}]}""", "AIR2206", "$.items[0].persistedMonths")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"malignancy","episodes":["2020-01-01"]}]}""", "AIR2207", "$.items[0].episodes")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"diabetes","procedure":true}]}""", "AIR2208", "$.items[0].procedure")]
    [InlineData("""{"on":"2024-06-30","sleOnset":"2024-07-01","items":[]}""", "AIR2212", "$.sleOnset")]
    [InlineData("""{"on":"2024-06-30","definitions":{"id":"sle.damage-index.x","version":"1","title":"x","repeatEventMinimumSeparationMonths":121,"skinUlcerationOperator":">="}}""", "AIR2213", "$.definitions.repeatEventMinimumSeparationMonths")]
    [InlineData("""{"on":"2024-06-30","definitions":{"id":"sle.damage-index.x","version":"1","title":"x","repeatEventMinimumSeparationMonths":6,"skinUlcerationOperator":"<"}}""", "AIR2213", "$.definitions.skinUlcerationOperator")]
    [InlineData("""{"on":"2024-06-30","definitions":{"id":"sle.damage-index.default","version":"1","title":"x","repeatEventMinimumSeparationMonths":0,"skinUlcerationOperator":">="}}""", "AIR2215", "$.definitions.id")]
    [InlineData("""{"on":"2024-06-30","definitions":{"id":"sle.damage-index.x","version":"1","title":"x","skinUlcerationOperator":">="}}""", "AIR1003", "$.definitions")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"catarct"}]}""", "AIR1001", "$.items[0].item")]
    [InlineData("""{"on":"2024-06-30","items":[{"item":"cataract","sinse":"2020-01-01"}]}""", "AIR1004", "$.items[0].sinse")]
    [InlineData("""{"on":"2024-06-30","items":[null]}""", "AIR1003", "$.items[0]")]
    [InlineData("""{"items":[]}""", "AIR1003", "$")]
    public void Invalid_input_is_reported_with_its_code_and_path(string json, string code, string path)
    {
        var computation = Compute(json);

        Assert.True(computation.HasErrors);
        Assert.Null(computation.ResultJson);
        var error = Assert.Single(computation.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var computation = Compute("""{"on":"2024-06-30","sleOnset":"2025-01-01","items":[{"item":"cataract","count":2},{"item":"diabetes","procedure":true},{"item":"cataract"}]}""");

        Assert.Equal(
            ["AIR2212 $.sleOnset", "AIR2203 $.items[0].count", "AIR2208 $.items[1].procedure", "AIR2201 $.items[2].item"],
            computation.Diagnostics.Select(d => $"{d.Code} {d.Path}"));
    }

    [Fact]
    public void The_default_id_with_the_default_values_is_accepted_inline()
    {
        var computation = Compute("""{"on":"2024-06-30","items":[{"item":"diabetes"}],"definitions":{"id":"sle.damage-index.default","version":"1","title":"same","repeatEventMinimumSeparationMonths":6,"skinUlcerationOperator":">="}}""");

        Assert.False(computation.HasErrors);
        Assert.Contains("\"total\":1", computation.ResultText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_throws_for_code_built_invalid_input_and_scores_valid_input()
    {
        var instrument = new SliccDamageIndex();
        var on = new DateOnly(2024, 6, 30);
        var error = Assert.Throws<ArgumentException>(() => instrument.Compute(new DamageIndexInput
        {
            On = on,
            Items = [new DamageItemEntry { Item = DamageItem.Diabetes }, new DamageItemEntry { Item = DamageItem.Diabetes }],
        }));
        Assert.Contains("$.items[1].item", error.Message, StringComparison.Ordinal);

        var result = instrument.Compute(new DamageIndexInput { On = on, Items = [new DamageItemEntry { Item = DamageItem.EndStageRenalDisease }] });
        Assert.Equal(3, result.Total);
        Assert.Equal("sle.damage-index.default", result.Definitions.Id.Value);
    }

    [Fact]
    public void An_invalid_definition_set_is_refused_by_the_constructor()
    {
        var invalid = DamageIndexDefinitions.Default with { Id = DefinitionSetId.Create("sle.damage-index.bad"), RepeatEventMinimumSeparationMonths = -1 };

        var error = Assert.Throws<ArgumentException>(() => new SliccDamageIndex(invalid));
        Assert.Contains("repeatEventMinimumSeparationMonths", error.Message, StringComparison.Ordinal);
        Assert.Equal(["skinUlcerationOperator: must be '>=' (for 6 months) or '>' (more than 6 months)"], (DamageIndexDefinitions.Default with { SkinUlcerationOperator = ComparisonOperator.EqualTo }).Validate());
    }

    [Fact]
    public void A_tuned_instrument_applies_its_own_definitions()
    {
        var tuned = DamageIndexDefinitions.Default with { Id = DefinitionSetId.Create("sle.damage-index.no-separation"), RepeatEventMinimumSeparationMonths = 0 };
        var input = new DamageIndexInput { On = new DateOnly(2024, 6, 30), Items = [new DamageItemEntry { Item = DamageItem.MyocardialInfarction, Count = 2 }] };

        Assert.Equal(1, new SliccDamageIndex().Compute(input).Total);
        var result = new SliccDamageIndex(tuned).Compute(input);
        Assert.Equal(2, result.Total);
        Assert.Equal(0, result.Definitions.RepeatEventMinimumSeparationMonths);
    }

    [Fact]
    public void The_instrument_and_its_definitions_are_registered()
    {
        Assert.Contains(Pipeline.Instruments, i => i.Id == LupusIds.DamageIndex && i.Documentation == "docs/instruments/sle.slicc-acr-damage-index.md");
        Assert.Same(DamageIndexDefinitions.Default, Pipeline.Definitions.Get<DamageIndexDefinitions>());
        Assert.True(Pipeline.TryGetInstrument(LupusIds.DamageIndex, out var instrument));
        Assert.Equal(typeof(DamageIndexInput), instrument.InputType);
        Assert.Equal(typeof(DamageIndexResult), instrument.ResultType);
    }

    [Fact]
    public void The_item_tables_add_up_to_41_items_12_systems_and_47_points()
    {
        Assert.Equal(DamageIndexItems.ItemCount, DamageIndexItems.All.Length);
        Assert.Equal(12, DamageIndexItems.OrganSystems.Length);
        Assert.Equal(DamageIndexItems.MaxTotal, DamageIndexItems.OrganSystems.Sum(DamageIndexItems.OrganSystemMaximum));
        foreach (var system in DamageIndexItems.OrganSystems)
        {
            var items = DamageIndexItems.All.Where(i => DamageIndexItems.OrganSystem(i) == system).ToList();
            var sum = items.Sum(DamageIndexItems.MaxScore);
            // Renal: GFR 1 + proteinuria 1 are replaced by ESRD 3, so the renal maximum is 3, not 5.
            Assert.Equal(DamageIndexItems.OrganSystemMaximum(system), system == DamageOrganSystem.Renal ? 3 : sum);
        }

        Assert.Equal(
            [DamageItem.Cataract, DamageItem.CerebrovascularAccident, DamageItem.MyocardialInfarction, DamageItem.SignificantTissueLoss, DamageItem.InfarctionOrResection, DamageItem.StrictureOrUpperGiSurgery],
            DamageIndexItems.All.Where(DamageIndexItems.IsEver));
        Assert.Throws<ArgumentOutOfRangeException>(() => DamageIndexItems.Score((DamageItem)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => DamageIndexItems.OrganSystem(default));
    }
}
