using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests.Email;

/// <summary>The test SMTP listener's parser, on encodings the SMTP sender does not use itself.</summary>
public sealed class ReceivedEmailTests
{
    [Fact]
    public void Q_encoded_headers_quoted_printable_and_nested_base64_parts_are_decoded()
    {
        const string raw =
            "From: =?iso-8859-1?Q?Acad=E9mie?= <rectorat@exemple.fr>\r\n"
            + "Subject: =?iso-8859-1?Q?R=E9sultats_de?=\r\n =?utf-8?B?IGxhIGNhbXBhZ25lIMOpdMOp?=\r\n"
            + "Content-Type: multipart/mixed; boundary=\"externe\"\r\n"
            + "\r\n"
            + "--externe\r\n"
            + "Content-Type: multipart/alternative; boundary=interne\r\n"
            + "\r\n"
            + "--interne\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
            + "Lien : https://exemple.fr/?a=3D1&b=3D=\r\n2 =C3=A9t=C3=A9\r\nfin\r\n"
            + "--interne\r\n"
            + "Content-Type: text/html; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "\r\n"
            + "PHA+w6l0w6k8L3A+\r\n"
            + "--interne--\r\n"
            + "--externe\r\n"
            + "Content-Type: text/plain\r\n"
            + "Content-Disposition: attachment; filename=piece.txt\r\n"
            + "\r\n"
            + "pièce jointe\r\n"
            + "--externe--\r\n";

        var email = ReceivedEmail.Parse(raw, "rectorat@exemple.fr", ["cfa@exemple.fr"]);

        email.Headers["From"].ShouldBe("Académie <rectorat@exemple.fr>");
        email.Subject.ShouldBe("Résultats de la campagne été");
        email.TextBody.ShouldBe("Lien : https://exemple.fr/?a=1&b=2 été\r\nfin");
        email.HtmlBody.ShouldBe("<p>été</p>");
    }
}
