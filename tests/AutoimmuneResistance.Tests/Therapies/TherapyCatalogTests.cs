using System.Reflection;

namespace AutoimmuneResistance.Tests.Therapies;

public class TherapyCatalogTests
{
    private static TherapyCatalog BuiltIn => TherapyCatalog.BuiltIn;

    // The current ATC code of every built-in therapy, copied from the CONFIRMED rows of codes.md §1
    // (WHO-ATC-2025; belimumab and leflunomide also MII-ATC-2024). null: no ATC code exists for the entry.
    public static TheoryData<string, string?> ExpectedAtcCodes() => new()
    {
        { "prednisone", "H02AB07" },
        { "prednisolone", "H02AB06" },
        { "methylprednisolone", "H02AB04" },
        { "hydrocortisone", "H02AB09" },
        { "dexamethasone", "H02AB02" },
        { "hydroxychloroquine", "P01BA02" },
        { "chloroquine", "P01BA01" },
        { "mycophenolate-mofetil", "L04AA06" },
        { "mycophenolic-acid", "L04AA06" },
        { "azathioprine", "L04AX01" },
        { "methotrexate", "L04AX03" },
        { "leflunomide", "L04AK01" },
        { "cyclophosphamide", "L01AA01" },
        { "tacrolimus", "L04AD02" },
        { "voclosporin", "L04AD03" },
        { "ciclosporin", "L04AD01" },
        { "belimumab", "L04AG04" },
        { "rituximab", "L01FA01" },
        { "obinutuzumab", "L01FA03" },
        { "anifrolumab", "L04AG11" },
        { "tocilizumab", "L04AC07" },
        { "nintedanib", "L01EX09" },
        { "autologous-stem-cell-transplant", null },
        { "cd19-car-t", null },
    };

    [Theory]
    [MemberData(nameof(ExpectedAtcCodes))]
    public void BuiltInAtcCodesMatchTheConfirmedTable(string id, string? atc)
    {
        Assert.True(BuiltIn.TryGet(TherapyId.Create(id), out var definition));
        Assert.Equal(atc, definition.Atc?.Code);
        if (atc is not null)
        {
            Assert.Contains(CatalogSources.WhoAtcIndex2025, definition.Sources);
        }
    }

    [Fact]
    public void EveryWellKnownTherapyIdIsInTheBuiltInCatalog()
    {
        var wellKnown = typeof(TherapyId).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(TherapyId))
            .Select(p => (TherapyId)p.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(wellKnown);
        Assert.All(wellKnown, id => Assert.True(BuiltIn.TryGet(id, out _), $"{id} is missing from TherapyCatalog.BuiltIn"));
        Assert.Equal(wellKnown.Count, BuiltIn.All.Count);
        Assert.Equal(wellKnown.Count, ExpectedAtcCodes().Count);
    }

    [Fact]
    public void EveryBuiltInClassIsAWellKnownClass()
    {
        var classes = typeof(TherapyClass).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(TherapyClass))
            .Select(p => (TherapyClass)p.GetValue(null)!)
            .ToHashSet();
        Assert.All(BuiltIn.All, d => Assert.Contains(d.Class, classes));
    }

    [Fact]
    public void EveryCatalogAtcCodeIsAWellFormedSubstanceCode()
    {
        var codes = BuiltIn.All.SelectMany(d => d.OtherAtcCodes.Prepend(d.Atc)).OfType<ClinicalCode>().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code =>
        {
            Assert.Equal(CodeSystem.Atc, code.CodeSystem);
            Assert.Null(CodeFormats.CheckAtc(code.Code));
            Assert.Equal(7, code.Code.Length); // level 5: a chemical substance
            Assert.False(string.IsNullOrWhiteSpace(code.Display));
        });
    }

    [Fact]
    public void OnlyMethotrexateHasAnotherSystemicCode()
    {
        Assert.True(BuiltIn.TryGet(TherapyId.Methotrexate, out var methotrexate));
        Assert.Equal([ClinicalCode.Atc("L01BA01")], methotrexate.OtherAtcCodes);
        Assert.All(BuiltIn.All.Where(d => d.Id != TherapyId.Methotrexate), d => Assert.Empty(d.OtherAtcCodes));
    }

    [Fact]
    public void ConventionalImmunosuppressantsAndBiologicsAreFlagged()
    {
        string[] conventional =
        [
            "mycophenolate-mofetil", "mycophenolic-acid", "azathioprine", "methotrexate", "leflunomide",
            "cyclophosphamide", "tacrolimus", "voclosporin", "ciclosporin",
        ];
        string[] biologics = ["belimumab", "rituximab", "obinutuzumab", "anifrolumab", "tocilizumab"];

        Assert.Equal(conventional.Order(), BuiltIn.All.Where(d => d.IsConventionalImmunosuppressant).Select(d => d.Id.Value).Order());
        Assert.Equal(biologics.Order(), BuiltIn.All.Where(d => d.IsBiologic).Select(d => d.Id.Value).Order());
    }

    [Theory]
    [InlineData("L04AG04", "belimumab")]
    [InlineData("L04AK01", "leflunomide")]
    [InlineData("L04AX03", "methotrexate")]
    [InlineData("L01BA01", "methotrexate")]
    [InlineData("H02AB07", "prednisone")]
    [InlineData("L04AA06", "mycophenolic-acid")] // the ATC substance name for L04AA06
    public void TryFindByAtcFindsCurrentCodes(string atc, string id)
    {
        Assert.True(BuiltIn.TryFindByAtc(atc, out var definition));
        Assert.Equal(id, definition.Id.Value);
    }

    [Theory]
    [InlineData("L04AA26", "belimumab")]
    [InlineData("L04AA13", "leflunomide")]
    public void TryFindByAtcResolvesLegacyCodes(string legacy, string id)
    {
        Assert.True(BuiltIn.TryFindByAtc(legacy, out var definition));
        Assert.Equal(id, definition.Id.Value);
    }

    [Theory]
    [InlineData("L04AA51")] // anifrolumab's pre-2024 code: UNCONFIRMED, deliberately not mapped
    [InlineData("L01XC02")] // rituximab's older code: UNCONFIRMED, deliberately not mapped
    [InlineData("D11AH01")] // topical tacrolimus: not systemic exposure
    [InlineData("S01XA18")] // ophthalmic ciclosporin: not systemic exposure
    [InlineData("A07EA03")] // prednisone as an intestinal corticosteroid
    [InlineData("h02ab07")] // ATC codes are upper case
    [InlineData("not a code")]
    [InlineData("")]
    public void TryFindByAtcFindsNothingForOtherText(string text)
    {
        Assert.False(BuiltIn.TryFindByAtc(text, out var definition));
        Assert.Null(definition);
        Assert.Empty(BuiltIn.FindByAtc(text));
    }

    [Fact]
    public void FindByAtcReturnsEverySubstanceSharingACode()
    {
        Assert.Equal(
            [TherapyId.MycophenolicAcid, TherapyId.MycophenolateMofetil],
            BuiltIn.FindByAtc("L04AA06").Select(d => d.Id));
    }

    [Fact]
    public void FindByAtcRanksPrimaryCodesBeforeOtherCodes()
    {
        var antineoplastic = new TherapyDefinition
        {
            Id = TherapyId.Create("example.methotrexate-oncology"),
            Name = "Methotrexate (oncology dosing)",
            Class = TherapyClass.Antimetabolite,
            MolecularTarget = "Dihydrofolate reductase",
            Atc = ClinicalCode.Atc("L01BA01"),
        };
        var catalog = BuiltIn.With([antineoplastic]);
        Assert.Equal([antineoplastic.Id, TherapyId.Methotrexate], catalog.FindByAtc("L01BA01").Select(d => d.Id));
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => BuiltIn.TryFindByAtc(null!, out _));
        Assert.Throws<ArgumentNullException>(() => BuiltIn.FindByAtc(null!));
        Assert.Throws<ArgumentNullException>(() => BuiltIn.With(null!));
        Assert.Throws<ArgumentNullException>(() => AtcCodeChanges.TryGetCurrent(null!, out _));
    }

    [Fact]
    public void WithReturnsANewCatalogAndLeavesTheOriginalAlone()
    {
        var extra = Example("example.cd38-antibody");
        var extended = BuiltIn.With([extra]);

        Assert.Equal(BuiltIn.All.Count + 1, extended.All.Count);
        Assert.Same(extra, extended.All[^1]);
        Assert.True(extended.TryGet(extra.Id, out _));
        Assert.False(BuiltIn.TryGet(extra.Id, out _));
        Assert.True(extended.TryFindByAtc("L04AA26", out var belimumab));
        Assert.Equal(TherapyId.Belimumab, belimumab.Id);
    }

    [Fact]
    public void WithRejectsDuplicateIdsAndNamesThem()
    {
        var againstCatalog = Assert.Throws<ArgumentException>(() => BuiltIn.With([Example("belimumab")]));
        Assert.Contains("'belimumab'", againstCatalog.Message, StringComparison.Ordinal);
        Assert.Equal("definitions", againstCatalog.ParamName);

        var withinBatch = Assert.Throws<ArgumentException>(() => TherapyCatalog.Empty.With([Example("example.x"), Example("example.x")]));
        Assert.Contains("'example.x'", withinBatch.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => TherapyCatalog.Empty.With([null!]));
    }

    [Fact]
    public void EmptyCatalogFindsNothing()
    {
        Assert.Empty(TherapyCatalog.Empty.All);
        Assert.False(TherapyCatalog.Empty.TryGet(TherapyId.Belimumab, out _));
        Assert.False(TherapyCatalog.Empty.TryFindByAtc("L04AG04", out _));
        Assert.Equal("TherapyCatalog (0 therapies)", TherapyCatalog.Empty.ToString());
    }

    [Fact]
    public void AllCannotBeMutatedThroughACast()
    {
        var all = Assert.IsAssignableFrom<IList<TherapyDefinition>>(BuiltIn.All);
        Assert.True(all.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => all[0] = all[1]);
    }

    [Fact]
    public void ConcurrentLookupsAgree()
    {
        var ids = BuiltIn.All.Select(d => d.Id).ToArray();
        Parallel.For(0, 2_000, i =>
        {
            var id = ids[i % ids.Length];
            Assert.True(BuiltIn.TryGet(id, out var definition));
            Assert.Equal(id, definition.Id);
            if (definition.Atc is { } atc)
            {
                Assert.Contains(definition, BuiltIn.FindByAtc(atc.Code));
            }
        });
    }

    private static TherapyDefinition Example(string id) => new()
    {
        Id = TherapyId.Create(id),
        Name = "Example therapy",
        Class = TherapyClass.Create("example-class"),
        MolecularTarget = "Example target",
    };
}
