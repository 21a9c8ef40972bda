package no.ks.ledergaloppen.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.ks.ledergaloppen.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByEmail(String email);

    List<AppUser> findByRoleOrderByDisplayName(Role role);

    Page<AppUser> findByIdIn(Collection<Long> ids, Pageable pageable);

    @Query("select u from AppUser u where lower(u.displayName) like :filter or u.username like :filter"
            + " or u.email like :filter")
    Page<AppUser> search(String filter, Pageable pageable);

    @Query("select u from AppUser u where u.id in :ids and (lower(u.displayName) like :filter"
            + " or u.username like :filter or u.email like :filter)")
    Page<AppUser> searchWithin(Collection<Long> ids, String filter, Pageable pageable);

    /** A page of the users in a role whose name or username matches, in the page's own order. */
    @Query("select u from AppUser u where u.role = :role and (lower(u.displayName) like :filter"
            + " or u.username like :filter)")
    List<AppUser> searchRole(Role role, String filter, Pageable pageable);

    /** As {@link #searchRole}, leaving out the given users. */
    @Query("select u from AppUser u where u.role = :role and u.id not in :except and (lower(u.displayName) like :filter"
            + " or u.username like :filter)")
    List<AppUser> searchRoleExcept(Role role, String filter, Collection<Long> except, Pageable pageable);
}
