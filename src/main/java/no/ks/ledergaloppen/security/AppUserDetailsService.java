package no.ks.ledergaloppen.security;

import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.security.domain.AppUser;
import no.ks.ledergaloppen.security.domain.AppUserRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public AppUserPrincipal loadUserByUsername(String username) {
        return users.findByUsername(Texts.lower(Texts.clean(username)))
                .map(AppUserDetailsService::principalOf)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    static AppUserPrincipal principalOf(AppUser user) {
        return new AppUserPrincipal(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getPasswordHash(), user.getRole(), user.getPreferredLanguage(), user.isEnabled());
    }
}
