package no.ks.ledergaloppen.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "municipality")
public class Municipality extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "county", nullable = false, length = NAME_MAX)
    private String county;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "written_standard", nullable = false, length = 10)
    private WrittenStandard writtenStandard;

    protected Municipality() {
    }

    public Municipality(String name, String county, WrittenStandard writtenStandard) {
        update(name, county, writtenStandard);
    }

    public final void update(String name, String county, WrittenStandard writtenStandard) {
        this.name = name;
        this.county = county;
        this.writtenStandard = writtenStandard;
    }

    public String getName() {
        return name;
    }

    public String getCounty() {
        return county;
    }

    public WrittenStandard getWrittenStandard() {
        return writtenStandard;
    }
}
