package no.ks.ledergaloppen.cohort;

import java.util.List;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.cohort.domain.Municipality;
import no.ks.ledergaloppen.cohort.domain.MunicipalityRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities KS works with. Administrators keep the list; facilitators choose from it. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class MunicipalityService {

    private final MunicipalityRepository municipalities;

    MunicipalityService(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public List<MunicipalityInfo> all() {
        return municipalities.findAllByOrderByName().stream().map(MunicipalityService::toInfo).toList();
    }

    public MunicipalityInfo create(MunicipalityDraft draft) {
        Municipality m = validated(draft, null);
        return toInfo(municipalities.save(m));
    }

    public MunicipalityInfo update(long id, MunicipalityDraft draft) {
        Municipality m = municipalities.findById(id).orElseThrow(() -> DomainException.of("municipality.error.notFound"));
        Municipality checked = validated(draft, id);
        m.update(checked.getName(), checked.getCounty(), checked.getWrittenStandard());
        return toInfo(m);
    }

    private Municipality validated(MunicipalityDraft draft, Long id) {
        String name = Texts.require("name", draft.name(), Municipality.NAME_MAX);
        String county = Texts.require("county", draft.county(), Municipality.NAME_MAX);
        if (draft.writtenStandard() == null) {
            throw new DomainException("writtenStandard", "validation.required");
        }
        boolean taken = id == null ? municipalities.existsByNameIgnoreCase(name)
                : municipalities.existsByNameIgnoreCaseAndIdNot(name, id);
        if (taken) {
            throw new DomainException("name", "municipality.error.nameTaken");
        }
        return new Municipality(name, county, draft.writtenStandard());
    }

    static MunicipalityInfo toInfo(Municipality m) {
        return new MunicipalityInfo(m.getId(), m.getName(), m.getCounty(), m.getWrittenStandard());
    }
}
