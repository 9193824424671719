using System.Text;

namespace AutoimmuneResistance.Tests;

public sealed class ClinicalProseTests
{
    [Theory]
    [InlineData("Hydroxychloroquine", "hydroxychloroquine")]
    [InlineData("Anti-CD20 antibody", "anti-CD20 antibody")]
    [InlineData("Mycophenolate mofetil", "mycophenolate mofetil")]
    [InlineData("CD19 CAR-T cell therapy", "CD19 CAR-T cell therapy")]
    [InlineData("IgG replacement", "IgG replacement")]
    [InlineData("IL-6 receptor antagonist", "IL-6 receptor antagonist")]
    [InlineData("B-cell depletion", "B-cell depletion")]
    [InlineData("A", "A")]
    [InlineData("", "")]
    [InlineData("rituximab", "rituximab")]
    public void A_name_reads_in_mid_sentence_unless_it_starts_with_an_abbreviation(string name, string expected)
    {
        Assert.Equal(expected, ClinicalProse.InSentence(name));
    }

    [Theory]
    [InlineData(new string[0], "", "")]
    [InlineData(new[] { "Rituximab" }, "rituximab", "Rituximab")]
    [InlineData(new[] { "Rituximab", "Belimumab" }, "rituximab and belimumab", "Rituximab and Belimumab")]
    [InlineData(new[] { "Rituximab", "Belimumab", "IgG replacement" }, "rituximab, belimumab and IgG replacement", "Rituximab, Belimumab and IgG replacement")]
    public void Lists_are_joined_with_commas_and_a_final_and(string[] items, string inSentence, string asGiven)
    {
        var text = new StringBuilder("to ");
        ClinicalProse.AppendList(text, items);
        Assert.Equal("to " + inSentence, text.ToString());

        var unchanged = new StringBuilder();
        ClinicalProse.AppendList(unchanged, items, lowerFirst: false);
        Assert.Equal(asGiven, unchanged.ToString());
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ClinicalProse.InSentence(null!));
        Assert.Throws<ArgumentNullException>(() => ClinicalProse.AppendList(null!, []));
        Assert.Throws<ArgumentNullException>(() => ClinicalProse.AppendList(new StringBuilder(), null!));
    }
}
