namespace Sirius.Testimonies.Application.Discovery;

/// <summary>
/// An immutable grid of places: cells of <see cref="CellDegrees"/>° in latitude and longitude, places stored cell by
/// cell. A search visits only the cells of the radius's bounding box and measures only the places in them.
/// </summary>
internal sealed class NearbyIndex
{
    public const double CellDegrees = 0.2;
    private const int Columns = (int)(360 / CellDegrees);
    private const double KilometresPerDegreeOfLatitude = Math.PI * GeoDistance.EarthRadiusKm / 180;

    private readonly NearbyPlace[] _places;
    private readonly Dictionary<long, (int Start, int Count)> _cells;

    public NearbyIndex(long version, IEnumerable<NearbyPlace> places)
    {
        Version = version;
        _places = places.OrderBy(p => CellOf(p.Latitude, p.Longitude)).ToArray();
        _cells = [];
        for (var i = 0; i < _places.Length;)
        {
            var cell = CellOf(_places[i].Latitude, _places[i].Longitude);
            var start = i;
            while (i < _places.Length && CellOf(_places[i].Latitude, _places[i].Longitude) == cell)
            {
                i++;
            }

            _cells[cell] = (start, i - start);
        }
    }

    public long Version { get; }

    public int Count => _places.Length;

    /// <summary>Places within <paramref name="radiusKm"/> (inclusive) that pass <paramref name="filter"/>, nearest first.</summary>
    public List<(NearbyPlace Place, double DistanceKm)> Search(double latitude, double longitude, double radiusKm, Func<NearbyPlace, bool> filter)
    {
        var found = new List<(NearbyPlace Place, double DistanceKm)>();
        var latitudeSpan = radiusKm / KilometresPerDegreeOfLatitude;
        var south = Math.Max(-90, latitude - latitudeSpan);
        var north = Math.Min(90, latitude + latitudeSpan);
        var widestCos = Math.Cos(GeoDistance.ToRadians(Math.Max(Math.Abs(south), Math.Abs(north))));
        var longitudeSpan = widestCos < 1e-6 ? 180 : radiusKm / (KilometresPerDegreeOfLatitude * widestCos);
        var firstRow = Row(south);
        var lastRow = Row(north);
        var firstColumn = (int)Math.Floor((longitude - longitudeSpan + 180) / CellDegrees);
        var lastColumn = (int)Math.Floor((longitude + longitudeSpan + 180) / CellDegrees);
        if (lastColumn - firstColumn + 1 >= Columns)
        {
            (firstColumn, lastColumn) = (0, Columns - 1);
        }

        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                if (!_cells.TryGetValue(Key(row, ((column % Columns) + Columns) % Columns), out var cell))
                {
                    continue;
                }

                for (var i = cell.Start; i < cell.Start + cell.Count; i++)
                {
                    var place = _places[i];
                    if (!filter(place))
                    {
                        continue;
                    }

                    var distance = GeoDistance.Kilometres(latitude, longitude, place.Latitude, place.Longitude);
                    if (distance <= radiusKm)
                    {
                        found.Add((place, distance));
                    }
                }
            }
        }

        found.Sort((a, b) => a.DistanceKm != b.DistanceKm
            ? a.DistanceKm.CompareTo(b.DistanceKm)
            : string.CompareOrdinal(a.Place.FormationKey, b.Place.FormationKey));
        return found;
    }

    private static int Row(double latitude) => (int)Math.Floor((latitude + 90) / CellDegrees);

    private static long Key(int row, int column) => ((long)row * Columns) + column;

    private static long CellOf(double latitude, double longitude) =>
        Key(Row(latitude), ((int)Math.Floor((longitude + 180) / CellDegrees) % Columns + Columns) % Columns);
}
