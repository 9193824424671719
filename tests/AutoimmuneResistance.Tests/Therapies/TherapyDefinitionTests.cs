namespace AutoimmuneResistance.Tests.Therapies;

public class TherapyDefinitionTests
{
    private static TherapyDefinition Minimal() => new()
    {
        Id = TherapyId.Create("example.drug"),
        Name = "Example drug",
        Class = TherapyClass.Create("example-class"),
        MolecularTarget = "Example target",
    };

    [Fact]
    public void OptionalMembersHaveDocumentedDefaults()
    {
        var definition = Minimal();
        Assert.Null(definition.Atc);
        Assert.Empty(definition.OtherAtcCodes);
        Assert.Empty(definition.Sources);
        Assert.False(definition.IsConventionalImmunosuppressant);
        Assert.False(definition.IsBiologic);
    }

    [Fact]
    public void RejectsUnspecifiedIdsAndBlankText()
    {
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => Minimal() with { Id = default }).ParamName);
        Assert.Equal("Class", Assert.Throws<ArgumentException>(() => Minimal() with { Class = default }).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentException>(() => Minimal() with { Name = " " }).ParamName);
        Assert.Equal("MolecularTarget", Assert.Throws<ArgumentException>(() => Minimal() with { MolecularTarget = "a\nb" }).ParamName);
        Assert.Throws<ArgumentNullException>(() => Minimal() with { Name = null! });
    }

    [Fact]
    public void AtcCodesMustBeAtcAndDistinct()
    {
        Assert.Throws<ArgumentException>(() => Minimal() with { Atc = ClinicalCode.Loinc("2890-2") });
        Assert.Throws<ArgumentException>(() => Minimal() with { OtherAtcCodes = [ClinicalCode.SnomedCt("55464009")] });
        Assert.Throws<ArgumentException>(() => Minimal() with { OtherAtcCodes = [ClinicalCode.Atc("L01BA01"), ClinicalCode.Atc("L01BA01", "methotrexate")] });
        Assert.Throws<ArgumentException>(() => Minimal() with { OtherAtcCodes = [null!] });
        Assert.Throws<ArgumentException>(() => Minimal() with { Sources = [null!] });
        Assert.Throws<ArgumentNullException>(() => Minimal() with { Sources = null! });
    }

    [Fact]
    public void ListsAreCopiedOnSet()
    {
        var codes = new List<ClinicalCode> { ClinicalCode.Atc("L01BA01") };
        var definition = Minimal() with { OtherAtcCodes = codes };
        codes.Add(ClinicalCode.Atc("L04AX03"));
        Assert.Single(definition.OtherAtcCodes);
        Assert.True(Assert.IsAssignableFrom<ICollection<ClinicalCode>>(definition.OtherAtcCodes).IsReadOnly);
    }

    [Fact]
    public void EqualityComparesListsByContent()
    {
        var source = new Citation("WHO", 2025, "Index", "Oslo");
        var a = Minimal() with { OtherAtcCodes = [ClinicalCode.Atc("L01BA01")], Sources = [source] };
        var b = Minimal() with { OtherAtcCodes = new List<ClinicalCode> { ClinicalCode.Atc("L01BA01") }, Sources = new[] { source } };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { IsBiologic = true });
        Assert.NotEqual(a, b with { Sources = [] });
    }

    [Fact]
    public void ToStringSummarizes()
    {
        Assert.True(TherapyCatalog.BuiltIn.TryGet(TherapyId.Belimumab, out var belimumab));
        Assert.Equal("Belimumab (belimumab; blys-inhibitor; ATC L04AG04)", belimumab.ToString());
        Assert.Equal("Example drug (example.drug; example-class)", Minimal().ToString());
    }
}
