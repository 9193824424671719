using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

/// <summary>A damage index input read with items not reported: some items present (dated well before the assessment), some absent, the rest not reported.</summary>
public sealed record PartialDamage(DamageIndexInput Input)
{
    public override string ToString() =>
        $"present [{string.Join(", ", Input.Items.Select(i => i.Item))}], absent [{string.Join(", ", Input.Absent)}]";
}

/// <summary>Partial damage inputs. No shrinking.</summary>
internal static class PartialDamageArbitraries
{
    public static Arbitrary<PartialDamage> Partial() =>
        (from present in Gen.SubListOf(DamageIndexItems.All.AsEnumerable())
         from absent in Gen.SubListOf(DamageIndexItems.All.Except(present))
         select new PartialDamage(new DamageIndexInput
         {
             On = new DateOnly(2024, 6, 30),
             SleOnset = new DateOnly(2010, 1, 1),
             Items = [.. present.Select(item => new DamageItemEntry { Item = item, Since = new DateOnly(2015, 1, 1) })],
             Absent = [.. absent],
             Definitions = DamageIndexDefinitions.UnreportedUnknown,
         })).ToArbitrary();
}

/// <summary>
/// Damage items not reported: absent under the default definitions (the form's reading, results unchanged), listed
/// with the highest total they could give under <c>sle.damage-index.unreported-unknown</c>.
/// </summary>
[Properties(Arbitrary = [typeof(PartialDamageArbitraries)])]
public sealed class DamageUnreportedTests
{
    private static readonly SliccDamageIndex Index = new();
    private static readonly DateOnly On = new(2024, 6, 30);

    private static DamageIndexResult Score(DamageIndexInput input)
    {
        Assert.DoesNotContain(Index.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Index.Compute(input);
    }

    private static DamageItemEntry Present(DamageItem item) => new() { Item = item, Since = new DateOnly(2015, 1, 1) };

    [Fact]
    public void By_default_an_unreported_item_is_absent_and_nothing_new_is_written()
    {
        var result = Score(new DamageIndexInput { On = On, Items = [Present(DamageItem.Cataract)] });

        Assert.Equal(1, result.Total);
        Assert.Null(result.NotReported);
        Assert.Null(result.MaximumTotal);
        Assert.Null(result.Definitions.UnreportedItems);
    }

    [Fact]
    public void Nothing_reported_is_between_0_and_the_form_s_maximum_of_47()
    {
        var result = Score(new DamageIndexInput { On = On, Definitions = DamageIndexDefinitions.UnreportedUnknown });

        Assert.Equal(0, result.Total);
        Assert.Equal(47, result.MaximumTotal);
        Assert.Equal(41, result.NotReported!.Value.Length);
        Assert.Equal(UnreportedItemReading.Unknown, result.Definitions.UnreportedItems);
    }

    [Fact]
    public void A_cataract_with_the_retinal_item_unreported_is_1_or_2()
    {
        // By hand: cataract 1 point (ocular maximum 2); every other item absent except retinal change or optic atrophy,
        // which would add 1: the total is 1, at most 2.
        var result = Score(new DamageIndexInput
        {
            On = On,
            Items = [Present(DamageItem.Cataract)],
            Absent = [.. DamageIndexItems.All.Where(i => i is not (DamageItem.Cataract or DamageItem.RetinalChangeOrOpticAtrophy))],
            Definitions = DamageIndexDefinitions.UnreportedUnknown,
        });

        Assert.Equal(1, result.Total);
        Assert.Equal(2, result.MaximumTotal);
        Assert.Equal([DamageItem.RetinalChangeOrOpticAtrophy], result.NotReported!.Value.AsEnumerable());
    }

    [Fact]
    public void An_unreported_end_stage_renal_disease_is_capped_by_the_renal_maximum_of_3()
    {
        // By hand: GFR below 50 % and proteinuria >= 3.5 g/day score 1 each (renal 2); end-stage renal disease not
        // reported would score 3, and the renal system is capped at 3; everything else absent: total 2, at most 3.
        var result = Score(new DamageIndexInput
        {
            On = On,
            SleOnset = new DateOnly(2012, 5, 1),
            Items = [Present(DamageItem.GfrBelow50Percent), Present(DamageItem.ProteinuriaAtLeast3Point5GramsPerDay)],
            Absent = [.. DamageIndexItems.All.Where(i => DamageIndexItems.OrganSystem(i) != DamageOrganSystem.Renal)],
            Definitions = DamageIndexDefinitions.UnreportedUnknown,
        });

        Assert.Equal(2, result.Total);
        Assert.Equal(3, result.MaximumTotal);
        Assert.Equal([DamageItem.EndStageRenalDisease], result.NotReported!.Value.AsEnumerable());
    }

    [Fact]
    public void An_item_listed_present_and_absent_is_an_error_naming_the_absent_entry()
    {
        var diagnostics = Index.Validate(new DamageIndexInput { On = On, Items = [Present(DamageItem.Cataract)], Absent = [DamageItem.Diabetes, DamageItem.Cataract] });

        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(LupusDiagnosticCodes.DamageItemDuplicated, error.Code);
        Assert.Equal("$.absent[1]", error.Path);
    }

    [Property(MaxTest = 200)]
    public void The_total_is_a_lower_bound_and_the_maximum_is_reached_with_every_unreported_item_at_its_maximum(PartialDamage partial)
    {
        var input = partial.Input;
        var result = Score(input);
        var notReported = result.NotReported!.Value;
        Assert.Equal(DamageIndexItems.All.Except(input.Items.Select(i => i.Item)).Except(input.Absent), notReported.AsEnumerable());

        // Every unreported item present at its highest score (two dated episodes or sites where it scores 2).
        var completed = Score(input with
        {
            Items =
            [
                .. input.Items,
                .. notReported.Select(item => DamageIndexItems.RepeatKind(item) switch
                {
                    DamageRepeatKind.Episodes => new DamageItemEntry { Item = item, Episodes = [new DateOnly(2015, 1, 1), new DateOnly(2018, 1, 1)] },
                    DamageRepeatKind.Sites => new DamageItemEntry { Item = item, Since = new DateOnly(2015, 1, 1), Count = 2 },
                    _ => Present(item),
                }),
            ],
            Absent = [],
        });

        Assert.True(result.Total <= result.MaximumTotal);
        Assert.Equal(completed.Total, result.MaximumTotal);
        Assert.True(!notReported.IsEmpty || result.Total == result.MaximumTotal);
    }
}
