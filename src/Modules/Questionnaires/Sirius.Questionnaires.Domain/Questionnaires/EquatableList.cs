using System.Collections;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>
/// An immutable list compared by its elements, so that records holding lists keep value equality
/// (two definitions parsed from the same text are equal).
/// </summary>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    internal EquatableList(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(EquatableList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

internal static class EquatableList
{
    public static IReadOnlyList<T> Empty<T>() => EmptyHolder<T>.Value;

    public static IReadOnlyList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => Empty<T>(),
        EquatableList<T> list => list,
        _ => new EquatableList<T>([.. items]),
    };

    private static class EmptyHolder<T>
    {
        public static readonly EquatableList<T> Value = new([]);
    }
}
