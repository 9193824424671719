namespace AutoimmuneResistance.Tests.Therapies;

public class AtcCodeChangesTests
{
    [Fact]
    public void ListsOnlyTheConfirmedMovesOfAtc2024()
    {
        Assert.Collection(
            AtcCodeChanges.All,
            belimumab => Assert.Equal("belimumab: L04AA26 → L04AG04 (ATC 2024)", belimumab.ToString()),
            leflunomide => Assert.Equal("leflunomide: L04AA13 → L04AK01 (ATC 2024)", leflunomide.ToString()));
        Assert.All(AtcCodeChanges.All, change =>
        {
            Assert.Equal(2024, change.AtcVersion);
            Assert.Equal(CatalogSources.MiiAtcChanges2024, change.Source);
        });
    }

    [Fact]
    public void EveryCodeIsAWellFormedSubstanceCodeAndTheCurrentOneIsInTheCatalog()
    {
        foreach (var change in AtcCodeChanges.All)
        {
            Assert.Null(CodeFormats.CheckAtc(change.LegacyCode));
            Assert.Null(CodeFormats.CheckAtc(change.CurrentCode));
            Assert.True(TherapyCatalog.BuiltIn.TryFindByAtc(change.CurrentCode, out var definition));
            Assert.Equal(change.Substance, definition.Atc?.Display);
            Assert.Contains(CatalogSources.MiiAtcChanges2024, definition.Sources);
        }
    }

    [Theory]
    [InlineData("L04AA26", "L04AG04")]
    [InlineData("L04AA13", "L04AK01")]
    public void TryGetCurrentMapsLegacyCodes(string legacy, string current)
    {
        Assert.True(AtcCodeChanges.TryGetCurrent(legacy, out var result));
        Assert.Equal(current, result);
    }

    [Theory]
    [InlineData("L04AG04")] // already current
    [InlineData("L04AA51")] // UNCONFIRMED legacy code: deliberately absent
    [InlineData("l04aa26")]
    [InlineData("")]
    public void TryGetCurrentFindsNothingElse(string code)
    {
        Assert.False(AtcCodeChanges.TryGetCurrent(code, out var result));
        Assert.Null(result);
    }
}
