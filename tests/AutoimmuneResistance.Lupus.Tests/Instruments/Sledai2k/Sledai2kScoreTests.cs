namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class Sledai2kScoreTests
{
    [Fact]
    public void Scores_are_0_to_105()
    {
        Assert.Equal(0, Sledai2kScore.Create(0).Value);
        Assert.Equal(105, Sledai2kScore.Create(105).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sledai2kScore.Create(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sledai2kScore.Create(106));
        Assert.True(Sledai2kScore.TryCreate(10, out var ten));
        Assert.Equal(10, ten.Value);
        Assert.False(Sledai2kScore.TryCreate(106, out var none));
        Assert.Equal(Sledai2kScore.Zero, none);
    }

    [Fact]
    public void The_default_is_zero_and_scores_compare_by_total()
    {
        Assert.Equal(Sledai2kScore.Zero, default);
        Assert.Equal(0, default(Sledai2kScore).Value);
        Assert.True(Sledai2kScore.Create(8) < Sledai2kScore.Create(10));
        Assert.True(Sledai2kScore.Create(10) >= Sledai2kScore.Create(10));
        Assert.True(Sledai2kScore.Create(10) > Sledai2kScore.Create(8));
        Assert.True(Sledai2kScore.Create(8) <= Sledai2kScore.Create(8));
        Assert.Equal(Sledai2kScore.Create(8), Sledai2kScore.Create(8));
        Assert.Equal([0, 8, 10], new[] { Sledai2kScore.Create(10), Sledai2kScore.Zero, Sledai2kScore.Create(8) }.Order().Select(s => s.Value));
        Assert.Equal("105", Sledai2kScore.Create(105).ToString());
    }
}
