using System.Net.Sockets;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Sirius.BuildingBlocks.Email;
using Sirius.BuildingBlocks.Infrastructure.Email;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests.Email;

/// <summary>The real SMTP sender, registered as the host registers it, talking to a real SMTP listener.</summary>
public sealed class SmtpEmailSenderTests : IAsyncLifetime
{
    private const string Recipient = "camille.durand@cfa-exemple.fr";
    private const string ConfirmationUrl = "https://sirius.example.gouv.fr/compte/confirmer?utilisateur=4f1c2d3e-aaaa-bbbb-cccc-0123456789ab&jeton=Q2FtaWxsZQ%3D%3D&retour=/campagnes";

    private SmtpListener _smtp = null!;
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _smtp = SmtpListener.Start();
        _services = Services(new()
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableTls"] = "false",
            ["Smtp:FromAddress"] = "ne-pas-repondre@sirius.example.gouv.fr",
            ["Smtp:Timeout"] = "00:00:10",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private IEmailSender Sender => _services.GetRequiredService<IEmailSender>();

    [Fact]
    public async Task A_French_message_arrives_intact_with_text_and_HTML_parts_and_its_link()
    {
        const string subject = "Confirmez votre adresse électronique — « Sirius » à l’œuvre";
        var body = EmailLayout.Render(
            "Bienvenue sur Sirius",
            ["Votre compte a été créé. Il vous reste à confirmer votre adresse électronique ; ce lien est valable 24 heures."],
            "Confirmer mon adresse",
            ConfirmationUrl);

        await Sender.SendAsync(body.ToMessage(Recipient, subject), CancellationToken.None);

        var email = await _smtp.WaitForAsync(m => m.To.Contains(Recipient));
        email.Subject.ShouldBe("Confirmez votre adresse électronique — «\u202FSirius\u202F» à l’œuvre", "French typography, and intact through SMTP");
        email.From.ShouldBe("ne-pas-repondre@sirius.example.gouv.fr");
        email.Headers["From"].ShouldContain("Sirius");
        email.Headers["Message-ID"].ShouldEndWith("@sirius.example.gouv.fr>");
        email.Headers["Content-Type"].ShouldStartWith("multipart/alternative");
        email.TextBody.ShouldNotBeNull().ShouldContain("Votre compte a été créé.");
        email.TextBody.ShouldContain(ConfirmationUrl);
        email.HtmlBody.ShouldNotBeNull().ShouldContain("<h1 style=\"margin:0 0 16px;font-size:22px;\">Bienvenue sur Sirius</h1>");
        email.HtmlBody.ShouldContain($"href=\"{ConfirmationUrl.Replace("&", "&amp;", StringComparison.Ordinal)}\"");
        email.HtmlBody.ShouldContain("Ne répondez pas à ce message.");
        email.Raw.ShouldNotContain("électronique", Case.Sensitive, "the raw message should stay 7-bit (encoded words, base64)");
    }

    [Theory]
    [InlineData(451)]
    [InlineData(554)]
    public async Task A_refused_message_surfaces_as_an_exception_and_a_retry_is_delivered(int replyCode)
    {
        var message = new EmailMessage(Recipient, "Votre compte est activé", "<p>Activé</p>", "Activé");
        _smtp.RefuseNext(1, replyCode);

        var refused = await Should.ThrowAsync<SmtpCommandException>(() => Sender.SendAsync(message, CancellationToken.None));
        ((int)refused.StatusCode).ShouldBe(replyCode);
        _smtp.RefusedCount.ShouldBe(1);
        _smtp.Messages.ShouldBeEmpty();

        await Sender.SendAsync(message, CancellationToken.None);
        (await _smtp.WaitForAsync(m => m.Subject == "Votre compte est activé")).TextBody.ShouldBe("Activé");
    }

    [Fact]
    public async Task An_unreachable_server_surfaces_as_an_exception_and_sending_works_again_once_it_is_back()
    {
        var message = new EmailMessage(Recipient, "Rappel : lancez votre première campagne", "<p>Rappel</p>", "Rappel");
        await _smtp.StopAsync();

        await Should.ThrowAsync<SocketException>(() => Sender.SendAsync(message, CancellationToken.None));

        _smtp.Restart();
        await Sender.SendAsync(message, CancellationToken.None);
        await _smtp.WaitForAsync(m => m.Subject == message.Subject);
    }

    [Fact]
    public async Task Messages_sent_at_the_same_time_all_arrive()
    {
        var recipients = Enumerable.Range(1, 8).Select(i => $"cfa{i}@exemple.fr").ToList();

        await Task.WhenAll(recipients.Select(to =>
            Sender.SendAsync(new EmailMessage(to, "Vos premiers verbatims sont publiés", "<p>Publiés</p>", "Publiés"), CancellationToken.None)));

        foreach (var to in recipients)
        {
            await _smtp.WaitForAsync(m => m.To.Contains(to));
        }

        _smtp.Messages.Count.ShouldBe(recipients.Count);
    }

    [Fact]
    public async Task With_a_pickup_directory_the_message_is_written_as_an_eml_file()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sirius-mail-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await using var services = Services(new()
            {
                ["Smtp:PickupDirectory"] = directory,
                ["Smtp:FromAddress"] = "ne-pas-repondre@sirius.example.gouv.fr",
            });
            var body = EmailLayout.Render("Réinitialisation du mot de passe", ["Vous avez demandé à réinitialiser votre mot de passe."]);

            await services.GetRequiredService<IEmailSender>().SendAsync(body.ToMessage(Recipient, "Réinitialisez votre mot de passe"), CancellationToken.None);

            var file = Directory.GetFiles(directory).ShouldHaveSingleItem();
            Path.GetExtension(file).ShouldBe(".eml");
            var email = ReceivedEmail.Parse(await File.ReadAllTextAsync(file), string.Empty, []);
            email.Subject.ShouldBe("Réinitialisez votre mot de passe");
            email.Headers["To"].ShouldContain(Recipient);
            email.TextBody.ShouldNotBeNull().ShouldContain("Vous avez demandé à réinitialiser votre mot de passe.");
            email.HtmlBody.ShouldNotBeNull().ShouldContain("Réinitialisation du mot de passe");
            _smtp.Messages.ShouldBeEmpty();
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Sending_without_a_configured_server_and_sender_address_fails_with_the_missing_settings()
    {
        await using var services = Services([]);

        var failure = await Should.ThrowAsync<OptionsValidationException>(() =>
            services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage(Recipient, "Sujet", "<p>Corps</p>", "Corps"), CancellationToken.None));

        failure.Message.ShouldContain("Smtp:Host");
        failure.Message.ShouldContain("Smtp:FromAddress");
    }

    [Fact]
    public async Task The_host_sends_through_the_SMTP_server_of_its_configuration()
    {
        await using var host = SiriusHost.OnSqlite(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableTls"] = "false",
            ["Smtp:FromAddress"] = "ne-pas-repondre@sirius.example.gouv.fr",
        });

        await host.Services.GetRequiredService<IEmailSender>()
            .SendAsync(new EmailMessage(Recipient, "Votre compte est activé", "<p>Bienvenue</p>", "Bienvenue"), CancellationToken.None);

        (await _smtp.WaitForAsync(m => m.Subject == "Votre compte est activé")).To.ShouldBe([Recipient]);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSiriusEmail(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
