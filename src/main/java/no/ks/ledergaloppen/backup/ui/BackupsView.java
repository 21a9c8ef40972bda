package no.ks.ledergaloppen.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import no.ks.ledergaloppen.backup.BackupFile;
import no.ks.ledergaloppen.backup.BackupService;
import no.ks.ledergaloppen.backup.DatabaseKind;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.security.Role;

/**
 * Backups for the administrator: on the embedded H2 database, take one now and download any of them; on
 * PostgreSQL, a word on who takes them. The list holds the few backups within the retention, so no lazy loading.
 */
@Route("admin/backups")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<BackupFile> grid = new Grid<>();
    private final BackupService backups;

    BackupsView(BackupService backups) {
        this.backups = backups;
        DatabaseKind database = backups.database();
        Paragraph intro = new Paragraph(switch (database) {
            case H2_FILE -> getTranslation("backups.intro", backups.retentionDays(), backups.directory());
            case POSTGRESQL -> getTranslation("backups.postgres");
            default -> getTranslation("backups.notHere");
        });
        intro.setId("backups-intro");
        add(intro);
        if (database == DatabaseKind.H2_FILE) {
            Button take = new Button(getTranslation("backups.takeNow"), VaadinIcon.DATABASE.create(), e -> take());
            take.setId("take-backup");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            take.setDisableOnClick(true);
            take.addClickListener(e -> take.setEnabled(true));
            add(take, grid());
            setFlexGrow(1, grid);
        }
        setSizeFull();
    }

    private Grid<BackupFile> grid() {
        grid.setId("backups");
        grid.addColumn(BackupFile::name).setHeader(getTranslation("backups.file")).setFlexGrow(2);
        grid.addColumn(b -> Formats.dateTime(b.takenAt())).setHeader(getTranslation("backups.takenAt")).setKey("takenAt");
        grid.addColumn(b -> size(b.size())).setHeader(getTranslation("backups.size")).setKey("size");
        grid.addComponentColumn(this::download).setHeader(getTranslation("backups.download")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("backups.empty"));
        grid.setItems(backups.list());
        return grid;
    }

    private void take() {
        BackupFile taken = backups.takeNow();
        grid.setItems(backups.list());
        Notifications.success(getTranslation("backups.taken", taken.name()));
    }

    private Anchor download(BackupFile backup) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(backups.open(backup.name()),
                backup.name(), "application/zip", backup.size())), AttachmentType.DOWNLOAD,
                getTranslation("backups.download"));
        link.getElement().setAttribute("aria-label", getTranslation("backups.downloadOne", backup.name()));
        return link;
    }

    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        return bytes >= 1_000_000 ? number.format(bytes / 1_000_000.0) + " MB"
                : number.format(Math.max(1, Math.round(bytes / 1_000.0))) + " kB";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title");
    }
}
