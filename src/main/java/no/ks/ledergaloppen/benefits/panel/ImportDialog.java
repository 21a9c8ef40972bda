package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import no.ks.ledergaloppen.benefits.MeasurementFile;
import no.ks.ledergaloppen.benefits.RowProblem;

/**
 * Measurements of one indicator from a CSV or Excel file: the format with an example, an upload, then a
 * preview of every row (the bad ones first, each with its line and the reason in words) and a summary.
 * "Lagre N målinger" is enabled only when the whole file is good, and nothing is saved before it is pressed;
 * a refused file (too large, too many rows, wrong type) is explained and another can be chosen.
 * {@code check} gives the service's problems for the readable rows (numbered from 1 in the order given);
 * {@code save} saves them all, or refuses with a {@link DomainException}, which is shown.
 */
@StyleSheet("styles/benefits-charts.css")
public class ImportDialog extends Dialog {

    private final Function<List<MeasurementDraft>, List<RowProblem>> check;
    private final Consumer<List<MeasurementDraft>> save;
    private final Upload upload;
    private final Paragraph error = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportPreview.Line> grid = new Grid<>();
    private final Button confirm = new Button();
    private ImportPreview preview;

    public ImportDialog(String indicatorName, Function<List<MeasurementDraft>, List<RowProblem>> check,
                        Consumer<List<MeasurementDraft>> save) {
        this.check = check;
        this.save = save;
        setHeaderTitle(getTranslation("benefits.importDialog.title", indicatorName));
        addClassName("import-dialog");
        setWidth("56rem");
        setCloseOnOutsideClick(false);
        Paragraph format = new Paragraph(getTranslation("benefits.importDialog.format", MeasurementFile.MAX_MEGABYTES,
                MeasurementFile.MAX_ROWS));
        Pre example = new Pre(getTranslation("benefits.importDialog.example"));
        example.setId("import-example");
        example.getElement().setAttribute("aria-label", getTranslation("benefits.importDialog.exampleLabel"));
        upload = new Upload(new MeasurementUpload(getLocale(), this::show, this::refuse));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MeasurementFile.MAX_BYTES); // a hint for the browser; the server decides
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt");
        upload.setI18n(ImportUploadTexts.of(this));
        error.setId("import-error");
        error.addClassName("error-message");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        add(format, new Paragraph(getTranslation("benefits.importDialog.exampleLabel")), example, upload, error,
                summary, grid());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        showNothing();
    }

    private Grid<ImportPreview.Line> grid() {
        grid.setId("import-preview");
        grid.getElement().setAttribute("aria-label", getTranslation("benefits.importDialog.preview"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportPreview.Line::line).setKey("line").setHeader(getTranslation("benefits.importDialog.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportPreview.Line::date).setKey("date").setHeader(getTranslation("benefits.importDialog.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportPreview.Line::value).setKey("value")
                .setHeader(getTranslation("benefits.importDialog.value")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportPreview.Line::comment).setKey("comment")
                .setHeader(getTranslation("benefits.importDialog.comment")).setWidth("10rem");
        grid.addColumn(l -> l.ok() ? getTranslation("benefits.importDialog.ready") : l.problem()).setKey("problem")
                .setHeader(getTranslation("benefits.importDialog.check")).setWidth("16rem").setFlexGrow(1);
        grid.setPartNameGenerator(l -> l.ok() ? null : "import-bad");
        grid.setHeight("18rem");
        return grid;
    }

    /** A file was read: preview every row (a file has at most {@link MeasurementFile#MAX_ROWS}). */
    void show(MeasurementFile.Result file) {
        upload.clearFileList();
        error.setVisible(false);
        preview = ImportPreview.of(file, check, this);
        grid.setItems(preview.lines());
        grid.setVisible(true);
        summary.setText(getTranslation("benefits.importDialog.summary", preview.ready(), preview.bad())
                + (preview.valid() ? "" : " " + getTranslation("benefits.importDialog.fixAndRetry")));
        summary.setVisible(true);
        confirm.setEnabled(preview.valid());
        confirm.setText(preview.valid() ? getTranslation("benefits.importDialog.save", preview.drafts().size())
                : getTranslation("benefits.importDialog.saveNone"));
    }

    /** The file was refused as a whole: say why, and wait for another. */
    void refuse(DomainException e) {
        showNothing();
        error.setText(FieldErrors.message(e));
        error.setVisible(true);
    }

    private void showNothing() {
        preview = null;
        grid.setItems(List.of());
        grid.setVisible(false);
        summary.setVisible(false);
        confirm.setEnabled(false);
        confirm.setText(getTranslation("benefits.importDialog.saveNone"));
    }

    private void confirm() {
        if (preview == null || !preview.valid()) {
            return;
        }
        List<MeasurementDraft> drafts = preview.drafts();
        try {
            save.accept(drafts);
            close();
            Notifications.success(getTranslation("benefits.importDialog.saved", drafts.size()));
        } catch (DomainException e) {
            error.setText(FieldErrors.message(e));
            error.setVisible(true);
        }
    }
}
